-- A calendar app subscribes to a URL and cannot send a bearer token, so an organisation's duty feed (issue 7) is
-- also served at secret addresses, as calendar services do: whoever holds the address reads the feed, nothing else.
-- Only the SHA-256 of each key is kept; the key itself is in the answer to its creation only. A key is revoked,
-- never deleted, so the audit trail of who made it stays.
create table calendar_key (
    id              uuid         primary key,
    organisation_id uuid         not null references organisation (id),
    key_sha256      bytea        not null unique,
    label           varchar(200),
    created_by      varchar(200) not null,
    created_at      timestamptz  not null default now(),
    revoked_at      timestamptz
);
create index calendar_key_organisation on calendar_key (organisation_id, created_at);
