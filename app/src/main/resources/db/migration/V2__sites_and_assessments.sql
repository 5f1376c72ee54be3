-- Sites: a housing farm or a nomadic herder household, owned by an organisation.
create table site (
    id                          uuid primary key,
    organisation_id             uuid         not null references organisation (id),
    name                        varchar(200) not null,
    production_system           varchar(10)  not null,
    region                      varchar(200) not null,
    latitude                    numeric(9, 6),
    longitude                   numeric(9, 6),
    -- 11.2.1: each nomadic herder has a registration number in the national database.
    herder_registration_number  varchar(64),
    created_at                  timestamptz  not null default now(),
    constraint site_production_system check (production_system in ('housing', 'nomadic')),
    constraint site_coordinates check ((latitude is null) = (longitude is null)
        and (latitude is null or (latitude between -90 and 90 and longitude between -180 and 180))),
    constraint site_registration_nomadic check (production_system = 'nomadic' or herder_registration_number is null)
);
create index site_organisation on site (organisation_id, name);

-- Assessments are evidence in an audit: never updated in place. A correction is a new row, one version higher,
-- pointing at the row it supersedes; every version of one assessment shares the lineage id of the first.
create table assessment (
    id                  uuid primary key,
    organisation_id     uuid         not null references organisation (id),
    site_id             uuid         not null references site (id),
    lineage_id          uuid         not null,
    version             integer      not null,
    supersedes_id       uuid references assessment (id),
    correction_reason   varchar(2000),
    standard_id         varchar(100) not null,
    edition             varchar(100) not null,
    production_system   varchar(10)  not null,
    assessed_on         date         not null,
    assessor            varchar(200) not null,
    description         varchar(2000),
    overall_result      varchar(60)  not null,
    conformant          boolean      not null,
    submitted_at        timestamptz  not null default now(),
    -- The submission exactly as the auditor sent it, the validated observations in canonical units, the report the
    -- modules produced and their versions: what is needed to show, defend and reproduce the verdicts.
    submission          jsonb        not null,
    observations        jsonb        not null,
    report              jsonb        not null,
    module_versions     jsonb        not null,
    constraint assessment_version check (version >= 1 and ((version = 1) = (supersedes_id is null))),
    constraint assessment_one_version unique (lineage_id, version),
    -- A version is superseded at most once, so the versions of an assessment form a single line.
    constraint assessment_superseded_once unique (supersedes_id)
);
create index assessment_organisation on assessment (organisation_id, assessed_on desc);
create index assessment_site on assessment (site_id, assessed_on desc);
create index assessment_standard on assessment (standard_id, edition, assessed_on desc);

-- Immutability is enforced by the database too: an assessment row can be read and added, never changed.
create function assessment_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'assessments are immutable: submit a correction instead' using errcode = 'restrict_violation';
end $$;
create trigger assessment_no_update before update or delete on assessment
    for each row execute function assessment_is_immutable();

-- Idempotency-Key (IETF httpapi draft): the first request with a key is processed, a retry with the same key and
-- payload gets the stored response, another payload gets 422, a retry while the first runs gets 409.
create table idempotency_key (
    scope            varchar(200) not null,
    key              varchar(255) not null,
    fingerprint      varchar(64)  not null,
    state            varchar(12)  not null,
    response_status  integer,
    response_headers jsonb,
    response_body    text,
    created_at       timestamptz  not null default now(),
    locked_until     timestamptz  not null,
    primary key (scope, key),
    constraint idempotency_state check (state in ('processing', 'completed'))
);
create index idempotency_created on idempotency_key (created_at);
