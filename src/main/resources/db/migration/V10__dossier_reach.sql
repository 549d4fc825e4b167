-- Which hops a dossier has reached (seq <= dossier.current_hop), kept on the hop itself so that "the dossiers
-- that reached my org" is an uncorrelated lookup: the dossier list's scope is then a hashed semi-join, not a
-- probe per dossier (a provincial reviewer's scope holds a whole province-year).
alter table dossier_hop add column reached boolean default false not null;
update dossier_hop set reached = true
 where seq <= (select d.current_hop from dossier d where d.id = dossier_hop.dossier_id);
create index dossier_hop_reached on dossier_hop (org_code, reached, role, dossier_id);

-- The list's order (newest first): the first pages are read in index order.
create index dossier_submitted on dossier (submitted_at desc, id desc);

-- A route walks up the org tree, so an org appears once in it; unique, so that a count of one org's hops is a count
-- of dossiers.
drop index dossier_hop_org;
create unique index dossier_hop_org on dossier_hop (org_code, dossier_id);
