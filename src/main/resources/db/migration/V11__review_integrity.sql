-- What routes a dossier through one hop lives here, not in process variables that a reviewer's completion could
-- overwrite: which steps the reference data require at the hop (set when the hop opens) and every outcome as
-- recorded by our services. The BPMN gateways read these columns through the `route` bean.
alter table dossier_hop add column council_required boolean;
alter table dossier_hop add column posting_required boolean;
alter table dossier_hop add column appraisal_outcome varchar(10);   -- APPROVE, RETURN, REJECT (the last appraisal)
alter table dossier_hop add column sign_outcome varchar(10);        -- SIGN, RETURN (the last signature step)
alter table dossier_hop add column outcome varchar(10);             -- FORWARDED, DECIDED, REJECTED, EXPIRED

-- Every decision number of an authority and year, issued or reserved: a number typed by the deciding signer is
-- reserved here when he signs, a generated one when the decision is issued. The unique key makes a clash the second
-- signer's refusal (400), never a failed decision job.
create table decision_number (
    authority_org    varchar(40)  not null references org_unit (code),
    decision_year    integer      not null,
    number           varchar(60)  not null,
    dossier_id       varchar(20)  not null references dossier (id),
    reserved_by      varchar(64)  not null,
    reserved_at      timestamp    not null,
    primary key (authority_org, decision_year, number)
);
create unique index decision_number_dossier on decision_number (dossier_id);
insert into decision_number (authority_org, decision_year, number, dossier_id, reserved_by, reserved_at)
select authority_org, decision_year, number, dossier_id, signer, created_at from decision;
-- numbers typed by signers of dossiers whose decision is not issued yet become reservations, unless the number is
-- taken already (such a dossier's decision step failed on it: retried, it now gets a generated number)
insert into decision_number (authority_org, decision_year, number, dossier_id, reserved_by, reserved_at)
select h.org_code, extract(year from e.at), d.requested_decision_number, d.id, e.actor, e.at
  from dossier d
  join dossier_hop h on h.dossier_id = d.id and h.seq = d.current_hop
  join dossier_event e on e.dossier_id = d.id and e.action = 'DECISION_SIGNED'
 where d.requested_decision_number is not null
   and not exists (select 1 from decision x where x.dossier_id = d.id)
   and e.id = (select max(e2.id) from dossier_event e2 where e2.dossier_id = d.id and e2.action = 'DECISION_SIGNED')
   and not exists (select 1 from decision_number n where n.authority_org = h.org_code
                    and n.decision_year = extract(year from e.at) and n.number = d.requested_decision_number)
   -- two signers who typed the same number: the first keeps it
   and not exists (select 1 from dossier d3 join dossier_hop h3 on h3.dossier_id = d3.id and h3.seq = d3.current_hop
                    where d3.requested_decision_number = d.requested_decision_number and h3.org_code = h.org_code
                      and d3.id < d.id and not exists (select 1 from decision x3 where x3.dossier_id = d3.id));

-- The review tasks as they were presented: the read-only form data a task carries (task-local variables) are sealed
-- with a digest per variable, so a completion that tries to send one of them back is refused like any other
-- variable outside the reviewer contract.
create table review_task (
    task_id          varchar(64)  not null primary key,
    dossier_id       varchar(20)  not null references dossier (id),
    hop_seq          integer      not null,
    task_key         varchar(40)  not null,
    created_at       timestamp    not null,
    presented        varchar(2000),
    completed_by     varchar(64),
    completed_at     timestamp
);
create index review_task_dossier on review_task (dossier_id);

-- How many council members must be present for the vote to count (a fraction of all members), with its basis.
alter table award_council_rule add column quorum_numerator integer;
alter table award_council_rule add column quorum_denominator integer;
alter table award_council_rule add column quorum_basis varchar(500);
