-- The spans (DossierSpan.of) of the dossiers the batches committed between two versions of the silver tables changed
-- (a load: one or more ingest batches), in the version before and the version after: one row per version and
-- dossier that exists in that version. AffectedPeriods turns them into periods.
-- A batch's rows carry its id in batch_id (a row it inserted or updated; an identical re-send or an older version
-- leaves the stored row and its batch id as they were, and changes nothing): the rows of the later versions whose
-- batch id the earlier versions do not hold are the load's. Batch ids are never reused (IngestBatch ids are unique).
-- :before_dossier_table, :before_dossier_event_table   the tables as of the Delta versions before the load
-- :after_dossier_table, :after_dossier_event_table     the tables as of the versions after it
-- :solved_status   the status codes of the SOLVED bucket (the rule set in force)
-- Supplement rounds need no reading: they come with the dossier record, whose row the batch then changes too.
WITH
earlier_batch AS (
    SELECT DISTINCT batch_id FROM IDENTIFIER(:before_dossier_table)
    UNION
    SELECT DISTINCT batch_id FROM IDENTIFIER(:before_dossier_event_table)
),
changed AS (
    SELECT /*+ BROADCAST(b) */ d.source_system, d.dossier_code
    FROM IDENTIFIER(:after_dossier_table) d LEFT ANTI JOIN earlier_batch b ON b.batch_id = d.batch_id
    UNION
    SELECT /*+ BROADCAST(b) */ e.source_system, e.dossier_code
    FROM IDENTIFIER(:after_dossier_event_table) e LEFT ANTI JOIN earlier_batch b ON b.batch_id = e.batch_id
),
version AS (
    SELECT 'before' AS version, source_system, dossier_code, received_at, status, finished_at
    FROM IDENTIFIER(:before_dossier_table)
    UNION ALL
    SELECT 'after', source_system, dossier_code, received_at, status, finished_at
    FROM IDENTIFIER(:after_dossier_table)
),
version_event AS (
    SELECT 'before' AS version, source_system, dossier_code, occurred_at, status
    FROM IDENTIFIER(:before_dossier_event_table)
    UNION ALL
    SELECT 'after', source_system, dossier_code, occurred_at, status
    FROM IDENTIFIER(:after_dossier_event_table)
),
first_solved AS (
    -- DossierSpan.of: the first SOLVED event
    SELECT /*+ BROADCAST(c) */ e.version, e.source_system, e.dossier_code, min(e.occurred_at) AS first_solved_at
    FROM version_event e
    JOIN changed c ON c.source_system = e.source_system AND c.dossier_code = e.dossier_code
    WHERE array_contains(:solved_status, e.status)
    GROUP BY e.version, e.source_system, e.dossier_code
)
SELECT /*+ BROADCAST(c) */ d.version,
       CAST(d.received_at AS DATE) AS received_on,
       -- DossierSpan.of: the later of the first SOLVED event and the finish time of a record that says solved
       -- (greatest skips nulls: null only when neither exists)
       CAST(greatest(f.first_solved_at,
                     CASE WHEN array_contains(:solved_status, d.status) THEN d.finished_at END) AS DATE) AS last_end_on
FROM version d
JOIN changed c ON c.source_system = d.source_system AND c.dossier_code = d.dossier_code
LEFT JOIN first_solved f
    ON f.version = d.version AND f.source_system = d.source_system AND f.dossier_code = d.dossier_code
