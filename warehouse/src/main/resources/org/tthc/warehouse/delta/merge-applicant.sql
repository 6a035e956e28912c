-- One row of applicant hashes per dossier: of repeats within the batch the last to arrive wins, and it replaces the
-- stored row when any hash differs (a re-sent dossier may correct the applicant's phone or email).
MERGE INTO applicant AS t
USING (
    SELECT * EXCEPT (arrival, repeat_no)
    FROM (
        SELECT *, row_number() OVER (PARTITION BY source_system, dossier_code ORDER BY arrival DESC) AS repeat_no
        FROM staged_applicant
    )
    WHERE repeat_no = 1
) AS s
ON t.source_system = s.source_system AND t.dossier_code = s.dossier_code
WHEN MATCHED AND NOT (t.id_number_hash <=> s.id_number_hash AND t.phone_hash <=> s.phone_hash
                      AND t.email_hash <=> s.email_hash) THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
