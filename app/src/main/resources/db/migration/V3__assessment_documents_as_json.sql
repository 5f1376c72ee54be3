-- The submission, observations and report of an assessment are documents that are written once and read whole;
-- nothing queries inside them with SQL. Stored as json (validated, kept as written: the submission exactly as the
-- auditor sent it) rather than jsonb, which would convert ~400 kB per assessment to its binary form for nothing.
-- LZ4 compresses the large values faster than the default pglz.
alter table assessment alter column submission type json using submission::json;
alter table assessment alter column observations type json using observations::json;
alter table assessment alter column report type json using report::json;
alter table assessment alter column module_versions type json using module_versions::json;
alter table assessment alter column submission set compression lz4;
alter table assessment alter column observations set compression lz4;
alter table assessment alter column report set compression lz4;
