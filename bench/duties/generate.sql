-- Bench data for the daily due computation: 1 000 cooperatives x 100 housing farms = 100 000 sites, each with
-- 10 goat groups (1 000 000 goat-group duty subjects, classes cycling housing-bucks / housing-does / grazing-goats,
-- so each owes one hoof-repair duty of 5.18.3), each trimmed once on a random day of the last 240 days, and one
-- webhook subscription per cooperative (so every reminder also queues a delivery). Every site also owes its yearly
-- site duties (cashmere inspection, harvest). As on a platform in use, sites and groups were registered a year ago and
-- each record was written on the evening of the day the work was done (not all in the last minute).
\timing on
insert into organisation (id, name, kind)
select gen_random_uuid(), 'Bench cooperative ' || n, 'cooperative' from generate_series(1, 1000) n;

insert into site (id, organisation_id, name, production_system, region, created_at)
select gen_random_uuid(), o.id, 'Bench farm ' || n, 'housing', 'Alxa League, Inner Mongolia', now() - interval '1 year'
from organisation o cross join generate_series(1, 100) n;

insert into duty_subject (id, organisation_id, site_id, kind, key, classes, registered_at)
select gen_random_uuid(), s.organisation_id, s.id, 'goat-group', 'group-' || n,
       jsonb_build_object('housing.goat-group.class', (array['housing-bucks', 'housing-does', 'grazing-goats'])[1 + n % 3]),
       s.created_at
from site s cross join generate_series(1, 10) n;

insert into work_record (id, organisation_id, site_id, type, subject_kind, subject_key, duty_id, performed_on,
                         performed_by, details, retention, recorded_on, retain_until, recorded_at)
select gen_random_uuid(), organisation_id, site_id, 'hoof-repair', 'goat-group', key,
       'hoof-repair-' || (classes ->> 'housing.goat-group.class'), performed_on, 'bench', '{}', 'record',
       performed_on, current_date + 1095, performed_on + interval '18 hours'
from (select ds.*, current_date - (random() * 240)::integer as performed_on from duty_subject ds) ds;

insert into subscription (id, organisation_id, channel, target, secret)
select gen_random_uuid(), o.id, 'webhook', 'http://127.0.0.1:9/never-sent', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
from organisation o;

vacuum analyze;
select (select count(*) from site) as sites, (select count(*) from duty_subject) as goat_groups,
       (select count(*) from work_record) as records;
