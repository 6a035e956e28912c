-- Rejected records are appended once: the same record (source, location, position and payload) rejected again by a
-- rerun is not quarantined twice. Source and location may be missing, hence the null-safe comparisons.
MERGE INTO quarantine AS t
USING (
    SELECT * EXCEPT (arrival, repeat_no)
    FROM (
        SELECT *, row_number() OVER (
                   PARTITION BY source_system, location, position, payload_sha256 ORDER BY arrival) AS repeat_no
        FROM staged_rejection
    )
    WHERE repeat_no = 1
) AS s
ON t.source_system <=> s.source_system
   AND t.location <=> s.location
   AND t.position = s.position
   AND t.payload_sha256 = s.payload_sha256
WHEN NOT MATCHED THEN INSERT *
