-- The report as data is written once and read whole; nothing queries inside it. Stored as text, so that PostgreSQL
-- does not parse every stored report as json on the way in (it is the app's own output, written by one codec);
-- compressed with lz4 as before (bench/README.md: bytes and throughput of both, measured).
alter table assessment alter column report type text using report::text;
alter table assessment alter column report set compression lz4;
