-- Reports are stored as data from now on (issue 17): findings with their facts and message keys, no sentence in any
-- language; they are put into words when read. Rows stored before hold the English report and keep it (format 1):
-- accepted data is never rewritten.
-- A row that does not say (written by a tool of an earlier version) holds the English report.
alter table assessment add column report_format smallint not null default 1;
alter table assessment add constraint assessment_report_format check (report_format in (1, 2));
