-- Where an award row comes from: DECISION (issued by the workflow), IMPORT (legacy results loaded from a file),
-- DEMO (the illustrative data set, loaded only on request).
alter table award add column source varchar(10) default 'DECISION' not null;
create index award_movement_source on award (movement_code, source);
