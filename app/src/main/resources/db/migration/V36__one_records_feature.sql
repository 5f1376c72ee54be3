-- One records feature (issue 15). The clause 11 documents an organisation keeps (farm_record, V20) and the records of
-- work done at a site (work_record, V10) were two tables with two retention models; they become one table, whose
-- record kinds are the standard modules' (traceability declares record, grazing-land-evaluation, breeding-archive
-- and key-parameters beside clause 11).
--
-- A record is about a subject of a site, or about the organisation as a whole (subject 'organisation', no site).
-- Its retention counts from recorded_on, the day the record was made: the day it was posted for a record of work, the
-- day the document says for a clause 11 document (which may be a paper record entered later).

alter table work_record
    alter column site_id drop not null,
    alter column performed_by drop not null,
    add column recorded_on date,
    add column title varchar(200),
    add column content text;

-- Rows are append-only (work_record_is_kept): the trigger is set aside while the new column is filled in.
alter table work_record disable trigger work_record_append_only;
update work_record set recorded_on = pashm_today(recorded_at);
alter table work_record enable trigger work_record_append_only;

alter table work_record
    alter column recorded_on set not null,
    add constraint work_record_organisation_subject check ((subject_kind = 'organisation') = (site_id is null)),
    add constraint work_record_performed_by check (performed_by is not null or title is not null);

-- The documents, as they were: their kind is the record's type and its retention; their day is both the day of
-- the work and the day the retention counts from. The periods are those farm_record's rows were kept under (11.1.7:
-- 3 years, 11.1.2: 10 years; 11.1.3 and 11.1.4 permanently), which FarmRecordView showed as retentionEndsOn.
insert into work_record (id, organisation_id, site_id, type, subject_kind, subject_key, performed_on, details,
                         retention, retain_until, recorded_at, recorded_on, title, content)
select id, organisation_id, site_id, kind,
       case when site_id is null then 'organisation' else 'site' end,
       case when site_id is null then 'organisation' else 'site' end,
       recorded_on, '{}', kind,
       case kind when 'record' then (recorded_on + interval '3 years')::date
                 when 'grazing-land-evaluation' then (recorded_on + interval '10 years')::date end,
       created_at, recorded_on, title, content
from farm_record;

drop table farm_record;
drop function farm_record_is_immutable();

create index work_record_organisation on work_record (organisation_id, performed_on desc, recorded_at desc);
