-- Herd registry (issue 8): goats, their history, imports, goat groups, and farm records under clause 11 retention.
-- Every table carries organisation_id and leads its keys and indexes with it (the distribution key); ids are UUIDs.

-- A goat of an organisation (a farm, a herder household, a cooperative). Its ear tag is unique within the
-- organisation. Its row holds the key parameters 11.1.4 and 11.2.1 keep permanently (number, strain, colour, age).
create table goat (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    site_id          uuid         references site (id),
    ear_tag          varchar(40)  not null,
    sex              varchar(6)   not null,
    birth_date       date,
    strain           varchar(100),
    coat_colour      varchar(40),
    category         varchar(20)  not null,
    registered_at    timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint goat_ear_tag unique (organisation_id, ear_tag),
    constraint goat_sex check (sex in ('female', 'male')),
    constraint goat_category check (category in ('stud-buck', 'unmated-buck', 'adult-doe', 'unmated-doe', 'kid',
                                                 'castrated-male')),
    constraint goat_category_sex check (category = 'kid'
        or (category in ('stud-buck', 'unmated-buck', 'castrated-male') and sex = 'male')
        or (category in ('adult-doe', 'unmated-doe') and sex = 'female'))
);
create index goat_site on goat (organisation_id, site_id);
create index goat_category on goat (organisation_id, category);

-- Key parameters are kept permanently (11.1.4): a goat's row is never deleted, and when an import changes it, the
-- values it had are copied here first, so every past value stays on record.
create table goat_history (
    organisation_id  uuid         not null references organisation (id),
    goat_id          uuid         not null references goat (id),
    ear_tag          varchar(40)  not null,
    site_id          uuid,
    sex              varchar(6)   not null,
    birth_date       date,
    strain           varchar(100),
    coat_colour      varchar(40),
    category         varchar(20)  not null,
    valid_from       timestamptz  not null,
    valid_until      timestamptz  not null,
    changed_by       uuid         not null
);
create index goat_history_goat on goat_history (organisation_id, goat_id, valid_until);

create function goat_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'goats are key parameters kept permanently (ISO 22786 11.1.4)' using errcode = 'restrict_violation';
end $$;
create trigger goat_no_delete before delete on goat for each row execute function goat_is_kept();
create trigger goat_history_append_only before update or delete on goat_history
    for each row execute function goat_is_kept();

-- One row per bulk import that was committed: what came in and what it did.
create table goat_import (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    format           varchar(10)  not null,
    rows             integer      not null,
    inserted         integer      not null,
    updated          integer      not null,
    unchanged        integer      not null,
    started_at       timestamptz  not null,
    finished_at      timestamptz  not null,
    constraint goat_import_format check (format in ('csv', 'ndjson'))
);
create index goat_import_organisation on goat_import (organisation_id, started_at desc);

-- Goat groups of the herd registry (a flock, a kidding group, the bucks of a farm). Self-contained: the duties
-- registry (issue 7) may keep groups of its own; the two are reconciled at merge.
create table goat_group (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    name             varchar(200) not null,
    description      varchar(2000),
    created_at       timestamptz  not null default now(),
    constraint goat_group_name unique (organisation_id, name)
);

create table goat_group_member (
    organisation_id  uuid         not null references organisation (id),
    group_id         uuid         not null references goat_group (id),
    goat_id          uuid         not null references goat (id),
    added_at         timestamptz  not null default now(),
    primary key (organisation_id, group_id, goat_id)
);
create index goat_group_member_goat on goat_group_member (organisation_id, goat_id);

-- Records a farm or herder keeps under clause 11, each under the retention of its kind (org.pashm.traceability.
-- Retention): 'record' 3 years (11.1.7), 'grazing-land-evaluation' 10 years (11.1.2), 'breeding-archive' (11.1.3)
-- and 'key-parameters' (11.1.4) permanently. Never updated; deleted only once the retention has ended.
create table farm_record (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    site_id          uuid          references site (id),
    kind             varchar(30)   not null,
    recorded_on      date          not null,
    title            varchar(200)  not null,
    content          text,
    created_at       timestamptz   not null default now(),
    constraint farm_record_kind check (kind in ('record', 'grazing-land-evaluation', 'breeding-archive',
                                                'key-parameters'))
);
create index farm_record_organisation on farm_record (organisation_id, recorded_on desc);

create function farm_record_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'farm records are never changed: record a new one' using errcode = 'restrict_violation';
end $$;
create trigger farm_record_no_update before update on farm_record
    for each row execute function farm_record_is_immutable();
