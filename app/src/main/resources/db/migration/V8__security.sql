-- Who may act for which organisation. Roles come from the token (what a caller may do); memberships say for whom:
-- a manager of a farm or cooperative, an auditor assigned to it, a member of a brand. Administrators are global.
create table membership (
    organisation_id  uuid         not null references organisation (id),
    subject          varchar(255) not null,
    role             varchar(20)  not null,
    granted_at       timestamptz  not null default now(),
    granted_by       varchar(255) not null,
    primary key (organisation_id, subject, role),
    constraint membership_role check (role in ('manager', 'auditor', 'brand'))
);
create index membership_subject on membership (subject);

-- Every write request: who, when, what, from where, and how it ended. Append-only.
create table audit_event (
    id               uuid primary key,
    at               timestamptz  not null default now(),
    subject          varchar(255),
    roles            varchar(200),
    method           varchar(10)  not null,
    path             varchar(2000) not null,
    status           integer      not null,
    remote_address   varchar(100),
    user_agent       varchar(500),
    organisation_id  uuid
);
create index audit_event_at on audit_event (at desc);
create index audit_event_subject on audit_event (subject, at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only' using errcode = 'restrict_violation';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

-- Rate-limit buckets (bucket4j), shared by every app instance.
create table rate_limit_bucket (
    id          bigint primary key,
    state       bytea,
    expires_at  bigint
);
