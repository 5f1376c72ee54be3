-- Certificates (issue 9). A standard module may declare that its standard certifies and for how long (The Good
-- Cashmere Standard: 12 months). A conformant assessment against such a standard becomes a certificate that expires
-- that long after it is issued. Certificates are records of an audit: rows are only ever added. Withdrawing one is a
-- row of its own, never an update.
create table certificate (
    id               uuid         primary key,
    organisation_id  uuid         not null references organisation (id),
    site_id          uuid         not null references site (id),
    assessment_id    uuid         not null references assessment (id),
    standard_id      varchar(100) not null,
    edition          varchar(100) not null,
    issued_on        date         not null,
    -- The day the certificate expires (from then on it is no longer valid): issued_on plus the standard's validity.
    expires_on       date         not null,
    -- The validity the standard declared when the certificate was issued, as an ISO 8601 period (P12M).
    validity         varchar(20)  not null,
    issued_by        varchar(200) not null,
    issued_at        timestamptz  not null default now(),
    constraint certificate_expiry check (expires_on > issued_on),
    constraint certificate_one_per_assessment unique (organisation_id, assessment_id)
);
create index certificate_site on certificate (organisation_id, site_id, standard_id, edition, expires_on desc);
create index certificate_expiry on certificate (organisation_id, expires_on);

create table certificate_withdrawal (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    certificate_id   uuid          not null references certificate (id),
    withdrawn_on     date          not null,
    reason           varchar(2000) not null,
    withdrawn_at     timestamptz   not null default now(),
    constraint certificate_withdrawn_once unique (organisation_id, certificate_id)
);

create function certificate_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are records of an audit: they can be added, never changed or deleted', tg_table_name
        using errcode = 'restrict_violation';
end $$;
create trigger certificate_no_update before update or delete on certificate
    for each row execute function certificate_record_is_append_only();
create trigger certificate_withdrawal_no_update before update or delete on certificate_withdrawal
    for each row execute function certificate_record_is_append_only();

-- For duties and reminders: the newest certificate of each site, standard and edition. Its renewal is the duty the
-- certifying standard declares (core: Certification.renewalDuty(), a Recurrence.Every(validity) owed by the site),
-- last done on issued_on and due on expires_on. A withdrawn certificate is not renewed: skip rows where withdrawn.
create view certificate_renewal as
select distinct on (c.organisation_id, c.site_id, c.standard_id, c.edition)
       c.organisation_id,
       c.site_id,
       c.standard_id,
       c.edition,
       c.id         as certificate_id,
       c.issued_on  as last_done_on,
       c.expires_on as due_on,
       exists (select 1 from certificate_withdrawal w where w.certificate_id = c.id) as withdrawn
  from certificate c
 order by c.organisation_id, c.site_id, c.standard_id, c.edition, c.issued_on desc, c.issued_at desc;
