-- The law and the map through time (issue #17): orgs with validity and successors, the official register of
-- administrative units, council rules with validity, legal bases scoped to levels and provinces, intake deadlines.
-- The rows of the reference tables below that this version corrects are deleted here and loaded again from the CSV
-- files at start-up (ReferenceDataLoader); nothing edits them while the application runs yet.

-- The official register of administrative units (Cục Thống kê 915/CTK-CSCL, 1027/CTK-CSCL): provinces and
-- communes after 1/7/2025, codes as text (leading zeros kept).
create table admin_unit (
    code             varchar(10)  not null primary key,
    name             varchar(255) not null,
    -- tỉnh, thành phố (provinces); xã, phường, đặc khu (communes)
    unit_type        varchar(20)  not null,
    -- the province a commune belongs to; null for a province
    province_code    varchar(10),
    valid_from       date         not null,
    legal_basis      varchar(500) not null
);
create index admin_unit_province on admin_unit (province_code);

-- Which former units each new commune took in (the NSO conversion table, copied as-is).
create table admin_unit_origin (
    new_code         varchar(10)  not null,
    old_code         varchar(10)  not null,
    old_name         varchar(255) not null,
    -- 'Nhập toàn bộ' or 'Nhập một phần'
    merge_kind       varchar(40)  not null,
    old_district     varchar(255),
    old_province     varchar(255),
    -- the act that made the change (Resolution 1674/NQ-UBTVQH15 for Ninh Bình's communes)
    legal_basis      varchar(500) not null,
    primary key (new_code, old_code)
);
create index admin_unit_origin_old on admin_unit_origin (old_code);

-- An org's official code (the register's for communes and provinces; the former GSO code for units that ceased).
alter table org_unit add column official_code varchar(10);

-- When an org ceases, who takes over: merged into one org, or split over several (whole = false for a part).
create table org_succession (
    predecessor_code varchar(40)  not null references org_unit (code),
    successor_code   varchar(40)  not null references org_unit (code),
    effective_from   date         not null,
    -- true: the whole predecessor went into this successor (the one reports roll it up into)
    whole            boolean      not null,
    legal_basis      varchar(500) not null,
    primary key (predecessor_code, successor_code)
);
create index org_succession_successor on org_succession (successor_code);

-- Council rules with their validity: thresholds change with decrees, a dossier keeps the rule of its date.
drop table award_council_rule;
create table award_council_rule (
    award_type          varchar(20)  not null references award_type (code),
    org_level           varchar(20)  not null,
    secret_ballot       boolean      not null,
    threshold_percent   decimal(5,2) not null,
    threshold_inclusive boolean      not null,
    threshold_base      varchar(20)  not null,
    legal_basis         varchar(500) not null,
    quorum_numerator    integer,
    quorum_denominator  integer,
    quorum_basis        varchar(500),
    -- S = found in a source, R = to verify, I = our default or another province's practice
    certainty           char(1)      not null,
    valid_from          date         not null,
    valid_to            date,
    primary key (award_type, org_level, valid_from)
);

-- Legal bases cited only by some levels' papers (Law on local government: People's Committees) or one province's
-- (its own regulation); null = every paper.
alter table legal_basis add column levels varchar(200);
alter table legal_basis add column province_code varchar(40);
alter table legal_basis add column certainty char(1);
delete from legal_basis;

delete from legal_duration;
delete from certificate_layout;

-- The last day a dossier may reach a level, counted from the year of the achievement it proposes.
create table intake_deadline (
    award_type       varchar(20)  not null references award_type (code),
    -- the level the dossier must reach by the deadline (CENTRAL: Bộ Nội vụ)
    org_level        varchar(20)  not null,
    -- the deadline falls on this month and day ...
    deadline_month   integer      not null,
    deadline_day     integer      not null,
    -- ... of the achievement's year plus this many years
    years_after      integer      not null,
    legal_basis      varchar(500) not null,
    certainty        char(1)      not null,
    valid_from       date         not null,
    valid_to         date,
    primary key (award_type, org_level, valid_from)
);

-- Award types: the district level is gone; commune chairs decide under Decree 129/2025 art. 59; posting only where
-- Decree 98/2023 art. 46(2) asks for it (orders and state honorary titles; CSTĐ toàn quốc in practice).
update award_type set authority = 'Chủ tịch UBND cấp xã (cấp huyện đến 30/6/2025); thủ trưởng sở ban ngành tỉnh'
    where code in ('GIAY_KHEN', 'LDTT', 'CSTD_CS', 'TT_LDTT');
update award_type set legal_basis = legal_basis || '; Nghị định 129/2025/NĐ-CP Điều 59 (cấp xã từ 1/7/2025)'
    where code in ('GIAY_KHEN', 'LDTT', 'CSTD_CS', 'TT_LDTT') and legal_basis not like '%129/2025%';
update award_type set public_posting = false where code in ('BK_TTG', 'CO_CP');

-- Corrected basis texts of 2026's days off (the rows stay; new days are added from the CSV).
update public_holiday set legal_basis = 'Bộ luật Lao động 2019 Điều 112; Thông báo 9441/TB-BNV năm 2025'
    where holiday_date between date '2026-02-16' and date '2026-02-20';
update public_holiday set legal_basis = 'Bộ luật Lao động 2019 Điều 112; Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)'
    where holiday_date = date '2026-04-27';
