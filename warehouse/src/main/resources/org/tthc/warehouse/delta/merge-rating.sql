-- One rating per dossier (statistics-rules §9). Of versions staged in the batch the newest wins (source update time,
-- missing first; then the later arrival); it replaces the stored rating unless older (§8: a stale update never
-- overwrites newer state) or identical (a re-send changes nothing). Versions compare as in merge-dossier.sql.
MERGE INTO rating AS t
USING (
    SELECT * EXCEPT (arrival, newness)
    FROM (
        SELECT *, row_number() OVER (
                   PARTITION BY source_system, dossier_code
                   ORDER BY version_updated_at DESC NULLS LAST, arrival DESC) AS newness
        FROM staged_rating
    )
    WHERE newness = 1
) AS s
ON t.source_system = s.source_system AND t.dossier_code = s.dossier_code
WHEN MATCHED
    AND struct(s.version_updated_at) >= struct(t.version_updated_at)
    AND NOT (t.handling_org_code <=> s.handling_org_code AND t.rated_at <=> s.rated_at AND t.overall <=> s.overall
             AND t.indicator_1 <=> s.indicator_1 AND t.indicator_3 <=> s.indicator_3
             AND t.indicator_4 <=> s.indicator_4 AND t.indicator_7 <=> s.indicator_7
             AND t.version_updated_at <=> s.version_updated_at)
    THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
