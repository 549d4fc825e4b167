-- The registry's counts by movement ('' for none), year, award type, deciding authority, submitting org, subject
-- type and source, kept by AwardRegistry in the transaction of every award it writes: reports read groups, not
-- rows (a national registry holds hundreds of thousands of awards a year).
create table award_count (
    movement_code    varchar(40)  not null,
    award_year       integer      not null,
    award_type       varchar(20)  not null,
    authority_org    varchar(40)  not null,
    org_code         varchar(40)  not null,
    subject_type     varchar(20)  not null,
    source           varchar(10)  not null,
    n                bigint       not null,
    primary key (movement_code, award_year, award_type, authority_org, org_code, subject_type, source)
);
create index award_count_year on award_count (award_year, org_code);
create index award_count_source on award_count (source);

insert into award_count (movement_code, award_year, award_type, authority_org, org_code, subject_type, source, n)
select coalesce(movement_code, ''), award_year, award_type, authority_org, org_code, subject_type, source, count(*)
from award
group by coalesce(movement_code, ''), award_year, award_type, authority_org, org_code, subject_type, source;

-- removing a source's awards (the demo data set) finds them by source
drop index award_movement_source;
create index award_source on award (source);
