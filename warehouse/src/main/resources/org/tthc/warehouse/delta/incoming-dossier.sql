-- The newest version of each dossier staged in one batch (statistics-rules §8, DossierVersions.ORDER): by source
-- update time, then by the latest time the record carries, missing values first; between equal versions the later
-- arrival wins, as in ReferenceStatistics.latestVersions.
SELECT * EXCEPT (arrival, newness)
FROM (
    SELECT *,
           row_number() OVER (
               PARTITION BY source_system, dossier_code
               ORDER BY version_updated_at DESC NULLS LAST, version_record_time DESC NULLS LAST, arrival DESC
           ) AS newness
    FROM staged_dossier
)
WHERE newness = 1
