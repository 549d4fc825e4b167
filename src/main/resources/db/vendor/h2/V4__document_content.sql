create table document_content (
    document_id      bigint       not null primary key references document (id),
    content          blob         not null
);
