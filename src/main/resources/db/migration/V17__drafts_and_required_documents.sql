-- Documents the proposing unit attaches before a dossier is submitted (reference/national/dossier_document.csv;
-- Law 06/2022/QH15 art. 84 and 85). A dossier may now wait as a DRAFT (status) until they are attached.
create table dossier_document (
    award_type     varchar(20)  not null references award_type (code),
    document_type  varchar(40)  not null,
    -- the kinds of commendation the row applies to, separated by '|'; null: every kind
    kinds          varchar(200),
    legal_basis    varchar(500) not null,
    certainty      char(1)      not null,
    valid_from     date         not null,
    valid_to       date,
    primary key (award_type, document_type, valid_from)
);
