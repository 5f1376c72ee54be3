-- The database judges "today" in the farms' zone, as the app does (PASHM_TIME_ZONE), not in its session's zone:
-- work_record_is_kept compared a record's retention end with current_date, the date of whatever TimeZone the
-- session deleting it had (UTC for most servers), so a record whose retention ended today on a farm at UTC+8 could
-- not be deleted until 08:00 there, and one at UTC-11 could be deleted 11 hours early. The app writes its zone here
-- at every start (DatabaseCalendar) and checks that PostgreSQL reads it as Java does.
create table farm_calendar (
    singleton  boolean       primary key default true,
    time_zone  varchar(100)  not null,
    constraint farm_calendar_one_row check (singleton)
);
insert into farm_calendar (time_zone) values ('UTC');

-- The farms' calendar day at an instant.
create function pashm_today(at timestamptz) returns date language sql stable strict as $$
    select (at at time zone (select time_zone from farm_calendar))::date
$$;

create or replace function work_record_is_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.retain_until is not null and old.retain_until <= pashm_today(now()) then
        return old;
    end if;
    if tg_op = 'DELETE' then
        raise exception 'work record % is kept until % (%): it cannot be deleted before', old.id,
            coalesce(old.retain_until::text, 'forever'), old.retention using errcode = 'restrict_violation';
    end if;
    raise exception 'work records are append-only: void a wrong record with a new one' using errcode = 'restrict_violation';
end $$;
