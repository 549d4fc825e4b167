-- When a hop's public posting ends (close of business of its last working day); null where the hop posts nothing.
-- The posting page and the dossier's page read it; the process keeps its own timer.
alter table dossier_hop add column posting_ends timestamp;
