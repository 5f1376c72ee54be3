-- Every stored record belongs to an organisation (a farm, a cooperative, a certification body, a brand...).
-- The organisation key is the partitioning key for access control and, beyond one database, the distribution
-- key of a distributed PostgreSQL (Citus): later tables carry organisation_id and lead their keys with it.
create table organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    kind        varchar(40)  not null,
    created_at  timestamptz  not null default now(),
    constraint organisation_kind check (kind in (
        'farm', 'herder-household', 'cooperative', 'buying-station', 'dehairing-station', 'mill', 'brand',
        'certification-body'))
);

create index organisation_name on organisation (lower(name));
