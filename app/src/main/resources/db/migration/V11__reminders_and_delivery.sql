-- Reminders of duties and their delivery by e-mail and webhook (issue 7).

-- Where an organisation wants its reminders: an e-mail address or a webhook URL (Standard Webhooks, signed with
-- the subscription's secret). A subscription is switched off, never deleted, so its deliveries stay explained.
create table subscription (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    channel         varchar(10)   not null,
    target          varchar(2000) not null,
    secret          varchar(200),
    description     varchar(200),
    active          boolean       not null default true,
    created_at      timestamptz   not null default now(),
    deactivated_at  timestamptz,
    constraint subscription_channel check (channel in ('email', 'webhook')),
    constraint subscription_secret check ((channel = 'webhook') = (secret is not null)),
    constraint subscription_active check (active = (deactivated_at is null))
);
create index subscription_organisation on subscription (organisation_id, active, created_at);

-- One reminder per (duty, subject, due date, stage): the unique key is what makes a reminder exist once however
-- many app instances run the daily job at once, and across restarts. Stages: 'lead' (lead_days before the duty is
-- owed), 'overdue' (the day after the due date), 'due-now' (a duty never done, owed at once: due_on is null).
create table reminder (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    site_id         uuid         not null references site (id),
    duty_id         varchar(100) not null,
    subject_kind    varchar(60)  not null,
    subject_key     varchar(100) not null,
    due_on          date,
    opens_on        date,
    stage           varchar(10)  not null,
    lead_days       integer,
    -- the day of the job run that created it
    created_for     date         not null,
    payload         jsonb        not null,
    created_at      timestamptz  not null default now(),
    constraint reminder_stage check (stage in ('lead', 'overdue', 'due-now')
        and ((stage = 'lead') = (lead_days is not null)) and ((stage = 'due-now') = (due_on is null))),
    constraint reminder_once unique nulls not distinct
        (organisation_id, duty_id, site_id, subject_kind, subject_key, due_on, stage, lead_days)
);
create index reminder_organisation on reminder (organisation_id, created_at desc);

-- The outbox: one delivery per reminder and subscription, sent by whichever instance claims it first
-- (select ... for update skip locked, in the transaction that sends it and records the outcome). A failed attempt
-- is retried with exponential backoff; after the configured number of attempts the delivery is 'dead' until
-- someone re-triggers it over the API.
create table delivery (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    reminder_id     uuid          not null references reminder (id),
    subscription_id uuid          not null references subscription (id),
    status          varchar(10)   not null,
    -- attempts of the current round; a re-trigger over the API starts a new round
    round           integer       not null default 1,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_attempt_at timestamptz,
    last_error      varchar(2000),
    sent_at         timestamptz,
    created_at      timestamptz   not null default now(),
    constraint delivery_status check (status in ('pending', 'sent', 'dead', 'cancelled')),
    constraint delivery_once unique (organisation_id, reminder_id, subscription_id)
);
create index delivery_outbox on delivery (organisation_id, next_attempt_at) where status = 'pending';
create index delivery_organisation on delivery (organisation_id, status, created_at desc);

-- Every attempt, kept so that a dead delivery shows why it died.
create table delivery_attempt (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    delivery_id     uuid          not null references delivery (id),
    round           integer       not null,
    attempt         integer       not null,
    attempted_at    timestamptz   not null,
    outcome         varchar(10)   not null,
    response_status integer,
    error           varchar(2000),
    constraint delivery_attempt_outcome check (outcome in ('sent', 'failed')),
    constraint delivery_attempt_once unique (organisation_id, delivery_id, round, attempt)
);
