-- Events are facts: inserted once per (source_system, event_id), never updated. Of repeats within the batch the
-- first to arrive is kept, as in ReferenceStatistics.distinctEventsByDossier.
MERGE INTO dossier_event AS t
USING (
    SELECT * EXCEPT (arrival, repeat_no)
    FROM (
        SELECT *, row_number() OVER (PARTITION BY source_system, event_id ORDER BY arrival) AS repeat_no
        FROM staged_event
    )
    WHERE repeat_no = 1
) AS s
ON t.source_system = s.source_system AND t.event_id = s.event_id
WHEN NOT MATCHED THEN INSERT *
