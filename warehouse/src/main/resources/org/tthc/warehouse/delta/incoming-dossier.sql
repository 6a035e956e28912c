-- The newest version of each dossier staged in one batch (statistics-rules §8, DossierVersions.ORDER): by source
-- update time, then by the latest time the record carries, missing values first; between equal versions the later
-- arrival wins, as in ReferenceStatistics.latestVersions.
-- Each is flagged, not rejected, when its handling organisation or its procedure is in no version of the catalogue
-- the warehouse holds now (the batch's own catalogue files are loaded before its records): the dossier counts, an
-- analyst finds it by the flag, and the quality checks say what to load.
SELECT n.* EXCEPT (arrival, newness, org_unknown, procedure_unknown),
       n.handling_org_code IS NOT NULL AND o.code IS NULL AS org_unknown,
       n.procedure_code IS NOT NULL AND p.code IS NULL AS procedure_unknown
FROM (
    SELECT *,
           row_number() OVER (
               PARTITION BY source_system, dossier_code
               ORDER BY version_updated_at DESC NULLS LAST, version_record_time DESC NULLS LAST, arrival DESC
           ) AS newness
    FROM staged_dossier
) AS n
LEFT JOIN (SELECT DISTINCT code FROM org) AS o ON o.code = n.handling_org_code
LEFT JOIN (SELECT DISTINCT code FROM procedure) AS p ON p.code = n.procedure_code
WHERE n.newness = 1
