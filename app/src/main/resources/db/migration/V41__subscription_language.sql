-- The language a subscriber reads reminders in (issue 17). Subscriptions made before read English.
alter table subscription add column language varchar(35) not null default 'en';
