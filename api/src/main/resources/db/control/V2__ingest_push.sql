-- HTTP push (docs/ingestion-operations.md): the first answer to each idempotency key of each source system. A
-- retried push with the same key and the same body gets this answer again and writes nothing; the same key with
-- another body is refused (409).
create table ingest_push (
    source_system    varchar(64)   not null,
    idempotency_key  varchar(200)  not null,
    body_sha256      varchar(64)   not null,
    http_status      integer       not null,
    response         text          not null,
    run_id           varchar(64),
    received_at      timestamp with time zone not null,
    constraint ingest_push_key primary key (source_system, idempotency_key)
);
