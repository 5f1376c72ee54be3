-- Bags, lots and the chain of custody (issue 8). All append-only: a record is added, never changed or removed.

-- A bag of raw cashmere registered at harvest (5.26.1, 6.26.1), its data archived permanently under its unique
-- number (5.26.3.2, 6.26.3.2).
create table bag (
    id                      uuid          primary key,
    organisation_id         uuid          not null references organisation (id),
    site_id                 uuid          not null references site (id),
    number                  varchar(64)   not null,
    harvested_on            date          not null,
    harvest_method          varchar(10)   not null,
    material                varchar(20)   not null,
    white_cloth             boolean,
    fibre_weight_kg         numeric(8, 3) not null,
    fineness                varchar(10),
    mean_fibre_diameter_um  numeric(6, 3),
    markings                jsonb         not null,
    recorded_at             timestamptz   not null default now(),
    constraint bag_number unique (organisation_id, number),
    constraint bag_harvest_method check (harvest_method in ('combed', 'shorn')),
    constraint bag_fineness check (fineness is null or fineness in ('fine', 'medium', 'coarse')),
    constraint bag_weight check (fibre_weight_kg > 0),
    constraint bag_diameter check (mean_fibre_diameter_um is null or mean_fibre_diameter_um > 0)
);
create index bag_site on bag (organisation_id, site_id, harvested_on);

-- The goats whose fibre is in a bag (its ear-tag marking), each a goat of the bag's organisation.
create table bag_goat (
    organisation_id  uuid  not null references organisation (id),
    bag_id           uuid  not null references bag (id),
    goat_id          uuid  not null references goat (id),
    primary key (organisation_id, bag_id, goat_id)
);

-- A lot of fibre: bags aggregated at a buying station, or the output of a dehairing. Its code is printed on labels
-- and resolved by the public provenance page without knowing the organisation, so it is unique on its own (in a
-- distributed database this lookup would be a reference table).
create table lot (
    id               uuid           primary key,
    organisation_id  uuid           not null references organisation (id),
    code             varchar(64)    not null,
    kind             varchar(12)    not null,
    quantity_kg      numeric(12, 3) not null,
    yield_percent    numeric(6, 3),
    event_time       timestamptz    not null,
    recorded_at      timestamptz    not null default now(),
    constraint lot_code unique (code),
    constraint lot_kind check (kind in ('aggregation', 'dehairing')),
    constraint lot_quantity check (quantity_kg >= 0),
    constraint lot_yield check ((kind = 'dehairing') = (yield_percent is not null)
        and (yield_percent is null or (yield_percent > 0 and yield_percent <= 100)))
);
create index lot_organisation on lot (organisation_id, event_time desc);

-- The bags of an aggregated lot. A bag goes into one lot only.
create table lot_bag (
    organisation_id  uuid  not null references organisation (id),
    lot_id           uuid  not null references lot (id),
    bag_id           uuid  not null references bag (id),
    primary key (organisation_id, lot_id, bag_id),
    constraint lot_bag_once unique (bag_id)
);

-- The input lots of a dehairing and the kilograms of each it consumed.
create table lot_input (
    organisation_id  uuid           not null references organisation (id),
    lot_id           uuid           not null references lot (id),
    input_lot_id     uuid           not null references lot (id),
    kg               numeric(12, 3) not null,
    primary key (organisation_id, lot_id, input_lot_id),
    constraint lot_input_kg check (kg > 0)
);
create index lot_input_input on lot_input (organisation_id, input_lot_id);

-- A quantity of a lot sent by organisation_id to to_organisation_id.
create table shipment (
    id                  uuid           primary key,
    organisation_id     uuid           not null references organisation (id),
    lot_id              uuid           not null references lot (id),
    to_organisation_id  uuid           not null references organisation (id),
    kg                  numeric(12, 3) not null,
    shipped_at          timestamptz    not null,
    recorded_at         timestamptz    not null default now(),
    constraint shipment_kg check (kg > 0),
    constraint shipment_parties check (organisation_id <> to_organisation_id)
);
create index shipment_lot on shipment (organisation_id, lot_id);
create index shipment_to on shipment (to_organisation_id, lot_id);

-- The receiver's record of taking a shipment in (organisation_id is the receiver).
create table shipment_receipt (
    shipment_id      uuid         primary key references shipment (id),
    organisation_id  uuid         not null references organisation (id),
    received_at      timestamptz  not null,
    recorded_at      timestamptz  not null default now()
);
create index shipment_receipt_organisation on shipment_receipt (organisation_id, received_at);

-- The mass balance: every kilogram of a lot an organisation took in (+) or gave out (-). What it may still give
-- out is the sum; rows are only ever added, in the same transaction as the record that moves the fibre.
create table custody_ledger (
    organisation_id  uuid           not null references organisation (id),
    lot_id           uuid           not null references lot (id),
    id               bigserial,
    delta_kg         numeric(12, 3) not null,
    reason           varchar(20)    not null,
    ref_id           uuid           not null,
    recorded_at      timestamptz    not null default now(),
    primary key (organisation_id, lot_id, id),
    constraint custody_ledger_reason check (reason in ('aggregated', 'dehaired', 'dehairing-input', 'shipped',
                                                       'received'))
);

create function custody_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% records are append-only (ISO 22786 11.1.1, 5.26.3.2)', tg_table_name
        using errcode = 'restrict_violation';
end $$;
create trigger bag_append_only before update or delete on bag
    for each row execute function custody_is_append_only();
create trigger bag_goat_append_only before update or delete on bag_goat
    for each row execute function custody_is_append_only();
create trigger lot_append_only before update or delete on lot
    for each row execute function custody_is_append_only();
create trigger lot_bag_append_only before update or delete on lot_bag
    for each row execute function custody_is_append_only();
create trigger lot_input_append_only before update or delete on lot_input
    for each row execute function custody_is_append_only();
create trigger shipment_append_only before update or delete on shipment
    for each row execute function custody_is_append_only();
create trigger shipment_receipt_append_only before update or delete on shipment_receipt
    for each row execute function custody_is_append_only();
create trigger custody_ledger_append_only before update or delete on custody_ledger
    for each row execute function custody_is_append_only();
