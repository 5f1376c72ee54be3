-- The days the reminder job has completed, and when each run began. A run only looks at stages that became due
-- after the last completed run (so missed days are caught up) or whose records changed since it began (so a record
-- dated in the past still gets its reminders); without this, every run re-checked every reminder ever made.
create table reminder_run (
    day         date        primary key,
    started_at  timestamptz not null,
    finished_at timestamptz not null default now()
);
