-- Duties (issue 7): the subjects a site owes duties for, and the records of work done.

-- The things of a site that the standard's duties are owed for, other than the site itself (which is always a
-- subject): goat groups with their classes (housing.goat-group.class = housing-bucks decides 5.18.3's interval),
-- land parcels (5.16.5), vehicles (7.1.2), goats under observation after a harvest injury (5.19.1.5, 6.19.1.5).
-- "key" is the subject's id as the farm and the evidence name it ("bucks-1", "parcel-north", an ear tag).
-- This is a registry of duty subjects only: goats and their ear tags as such are the traceability registry's.
create table duty_subject (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    site_id         uuid         not null references site (id),
    kind            varchar(60)  not null,
    key             varchar(100) not null,
    name            varchar(200),
    -- evidence code (a choice of the vocabulary) -> the subject's class, e.g. {"housing.goat-group.class": "housing-bucks"}
    classes         jsonb        not null default '{}',
    registered_at   timestamptz  not null default now(),
    -- from this day on no duty is owed for it (a group dissolved, a vehicle sold); its records stay.
    retired_on      date,
    constraint duty_subject_once unique (organisation_id, site_id, kind, key),
    constraint duty_subject_not_site check (kind <> 'site'),
    constraint duty_subject_classes check (jsonb_typeof(classes) = 'object')
);
create index duty_subject_site on duty_subject (organisation_id, site_id, kind, key);

-- Records of work done and of the events that start a duty (a birth, a harvest injury), like farmOS logs. The
-- standard says to keep them (11.1.7: at least 3 years; 11.1.2: grazing-land evaluations 10 years), so they are
-- append-only: a wrong record is voided by a new record pointing at it (a replacement, or a bare 'void').
create table work_record (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    site_id         uuid          not null references site (id),
    type            varchar(40)   not null,
    subject_kind    varchar(60)   not null,
    subject_key     varchar(100)  not null,
    -- the duty of a module that this work fulfils (null for work no duty asks for, events and voids)
    duty_id         varchar(100),
    performed_on    date          not null,
    performed_by    varchar(200)  not null,
    notes           varchar(2000),
    reference       varchar(500),
    -- what the type carries: a soil test's results, a monitoring's participants
    details         jsonb         not null default '{}',
    voids_id        uuid references work_record (id),
    reason          varchar(2000),
    retention       varchar(40)   not null,
    -- the first day the record may be deleted; null when it is kept permanently
    retain_until    date,
    recorded_at     timestamptz   not null default now(),
    constraint work_record_voided_once unique (organisation_id, voids_id),
    constraint work_record_void check (type <> 'void' or voids_id is not null),
    constraint work_record_reason check ((voids_id is null) = (reason is null)),
    constraint work_record_not_self check (voids_id is null or voids_id <> id)
);
create index work_record_site on work_record (organisation_id, site_id, performed_on desc, recorded_at desc);
create index work_record_done on work_record (organisation_id, site_id, subject_kind, subject_key, duty_id, performed_on desc);

-- Append-only, enforced by the database: never updated; deleted only once its retention has ended.
create function work_record_is_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.retain_until is not null and old.retain_until <= current_date then
        return old;
    end if;
    if tg_op = 'DELETE' then
        raise exception 'work record % is kept until % (%): it cannot be deleted before', old.id,
            coalesce(old.retain_until::text, 'forever'), old.retention using errcode = 'restrict_violation';
    end if;
    raise exception 'work records are append-only: void a wrong record with a new one' using errcode = 'restrict_violation';
end $$;
create trigger work_record_append_only before update or delete on work_record
    for each row execute function work_record_is_kept();

-- A day of the year in a given year, as java.time.MonthDay.atYear does it: 29 February is 28 February in a common
-- year. Used by the due-date computation of yearly windows (Recurrence.YearlyWindow).
create function pashm_month_day(y integer, m integer, d integer) returns date
    language sql immutable strict parallel safe as $$
    select make_date(y, m, 1) + (least(d, extract(day from make_date(y, m, 1) + interval '1 month - 1 day')::integer) - 1)
$$;
