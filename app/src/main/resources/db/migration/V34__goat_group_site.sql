-- A goat group of the herd registry (issue 8) kept at a site is that site's goat-group duty subject (issue 7), so
-- its hoof repairing is reminded without registering it twice: the subject's id is the group's id, its classes
-- (e.g. housing.goat-group.class) live on the subject, and the group names the site.
alter table goat_group add column site_id uuid references site (id);
