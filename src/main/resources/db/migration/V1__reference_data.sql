-- Reference data owned by this application (the engine owns the ACT_* tables).
-- Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.
-- The rows themselves come from versioned CSV files under classpath:reference/ (ReferenceDataLoader).

-- The org tree: units, districts/departments, the province, the central levels.
-- Routing walks parent_code upwards, so a two-level structure (communes straight under the
-- province, since 1/7/2025) is a different data set, not a code change.
create table org_unit (
    code            varchar(40)  not null primary key,
    name            varchar(255) not null,
    level           varchar(20)  not null,
    parent_code     varchar(40)  references org_unit (code),
    -- title of the leader who signs for this org, e.g. 'Chủ tịch UBND huyện Giao Thủy'
    leader_title    varchar(255) not null,
    -- the same title without the place, used to group the yearly report, e.g. 'Chủ tịch UBND huyện'
    authority       varchar(255) not null,
    -- symbol in decision numbers, e.g. 'QĐ-UBND' in '15/QĐ-UBND'
    decision_symbol varchar(40)  not null,
    -- symbol in submission numbers, e.g. 'TTr-UBND'
    submission_symbol varchar(40) not null,
    valid_from      date,
    valid_to        date
);
create index org_unit_parent on org_unit (parent_code);

create table award_type (
    code            varchar(20)  not null primary key,
    name_vi         varchar(255) not null,
    name_en         varchar(255) not null,
    -- DANH_HIEU (emulation title) or HINH_THUC (form of commendation)
    family          varchar(20)  not null,
    -- separated by '|': CA_NHAN|TAP_THE|HO_GIA_DINH
    subject_types   varchar(60)  not null,
    -- org levels separated by '|' whose leader decides; the first such org up the tree decides
    deciding_levels varchar(120) not null,
    -- the deciding authority as the report names it, e.g. 'Thủ tướng Chính phủ'
    authority       varchar(255) not null,
    -- proposals of this type are posted publicly before they leave the province
    public_posting  boolean      not null,
    legal_basis     varchar(500) not null,
    sort_order      integer      not null
);

-- Where a council (Hội đồng Thi đua - Khen thưởng) votes on an award type, and how it counts.
create table award_council_rule (
    award_type         varchar(20)  not null references award_type (code),
    org_level          varchar(20)  not null,
    secret_ballot      boolean      not null,
    -- the share of votes a nominee needs, in percent of the base
    threshold_percent  decimal(5,2) not null,
    -- true: at least the threshold (90 % rule); false: more than it (simple majority)
    threshold_inclusive boolean     not null,
    -- ALL_MEMBERS or PRESENT_MEMBERS
    threshold_base     varchar(20)  not null,
    legal_basis        varchar(500) not null,
    primary key (award_type, org_level)
);

create table movement (
    code            varchar(40)  not null primary key,
    name            varchar(500) not null,
    -- org code of the launching authority (TTG = Prime Minister, a province = its People's Committee)
    launched_by     varchar(40)  not null references org_unit (code),
    plan_number     varchar(60),
    plan_date       date,
    period_from     integer      not null,
    period_to       integer      not null,
    lead_agency     varchar(40)  references org_unit (code),
    status          varchar(20)  not null
);

-- Legal time limits in working days, each with its legal basis and validity.
-- org_level '*' = any level; a row for the level wins over the generic one.
create table legal_duration (
    code            varchar(40)  not null,
    org_level       varchar(20)  not null,
    working_days    integer      not null,
    legal_basis     varchar(500) not null,
    -- S = found in a source, R = recollection to verify, I = provincial practice / our default
    certainty       char(1)      not null,
    valid_from      date         not null,
    valid_to        date,
    primary key (code, org_level, valid_from)
);

-- Non-working days besides weekends (public holidays, Tết, compensating days off).
create table public_holiday (
    holiday_date    date         not null primary key,
    name            varchar(255) not null,
    legal_basis     varchar(500) not null
);
-- Weekend days that are working days (make-up working Saturdays announced with a holiday swap).
create table working_weekend_day (
    work_date       date         not null primary key,
    name            varchar(255) not null,
    legal_basis     varchar(500) not null
);
