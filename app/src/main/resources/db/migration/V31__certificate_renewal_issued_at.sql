-- The reminder job asks when a certificate was issued (as for a record: when it was written), so that a certificate
-- issued since its last run is looked at even if its renewal's reminder days have passed.
create or replace view certificate_renewal as
select distinct on (c.organisation_id, c.site_id, c.standard_id, c.edition)
       c.organisation_id,
       c.site_id,
       c.standard_id,
       c.edition,
       c.id         as certificate_id,
       c.issued_on  as last_done_on,
       c.expires_on as due_on,
       exists (select 1 from certificate_withdrawal w where w.certificate_id = c.id) as withdrawn,
       c.issued_at
  from certificate c
 order by c.organisation_id, c.site_id, c.standard_id, c.edition, c.issued_on desc, c.issued_at desc;
