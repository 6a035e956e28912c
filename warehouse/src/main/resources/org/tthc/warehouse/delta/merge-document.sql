-- Document metadata, one row per (source_system, document_id); the content never leaves the source. The newest
-- staged version wins and replaces the stored one unless older or identical, as in merge-rating.sql.
MERGE INTO document AS t
USING (
    SELECT * EXCEPT (arrival, newness)
    FROM (
        SELECT *, row_number() OVER (
                   PARTITION BY source_system, document_id
                   ORDER BY version_updated_at DESC NULLS LAST, arrival DESC) AS newness
        FROM staged_document
    )
    WHERE newness = 1
) AS s
ON t.source_system = s.source_system AND t.document_id = s.document_id
WHEN MATCHED
    AND struct(s.version_updated_at) >= struct(t.version_updated_at)
    AND NOT (t.dossier_code <=> s.dossier_code AND t.component_code <=> s.component_code
             AND t.size_bytes <=> s.size_bytes AND t.sha256 <=> s.sha256 AND t.digitised <=> s.digitised
             AND t.uploaded_at <=> s.uploaded_at AND t.version_updated_at <=> s.version_updated_at)
    THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
