-- The supplement rounds of a dossier (SupplementDueDates.changes, computed at staging) are replaced exactly when
-- its dossier row is: by the batch's newest version unless that version is older than the stored dossier (the
-- condition of merge-dossier.sql). This MERGE runs before merge-dossier.sql: after a crash between the two, a rerun
-- still finds the new version not older than the stored one and replaces the rounds again (a no-op when they are
-- already equal). Rounds are numbered 1..n, so the stored rounds beyond the new version's n are the ones to delete.
MERGE INTO dossier_supplement AS t
USING (
    WITH accepted AS (
        SELECT i.source_system, i.dossier_code, i.supplement_changes
        FROM incoming_dossier i
        LEFT JOIN dossier d ON d.source_system = i.source_system AND d.dossier_code = i.dossier_code
        WHERE d.dossier_code IS NULL
           OR struct(i.version_updated_at, i.version_record_time) >= struct(d.version_updated_at, d.version_record_time)
    )
    SELECT a.source_system, a.dossier_code, c.round_no, c.requested_at, c.completed_at, c.due_after,
           false AS retired
    FROM accepted a LATERAL VIEW inline(a.supplement_changes) c
    UNION ALL
    SELECT r.source_system, r.dossier_code, r.round_no, NULL, NULL, NULL,
           true AS retired
    FROM dossier_supplement r
    JOIN accepted a ON a.source_system = r.source_system AND a.dossier_code = r.dossier_code
    WHERE r.round_no > size(a.supplement_changes)
) AS s
ON t.source_system = s.source_system AND t.dossier_code = s.dossier_code AND t.round_no = s.round_no
WHEN MATCHED AND s.retired THEN DELETE
WHEN MATCHED
    AND NOT (t.requested_at <=> s.requested_at AND t.completed_at <=> s.completed_at AND t.due_after <=> s.due_after)
    THEN UPDATE SET requested_at = s.requested_at, completed_at = s.completed_at, due_after = s.due_after
WHEN NOT MATCHED AND NOT s.retired THEN
    INSERT (source_system, dossier_code, round_no, requested_at, completed_at, due_after)
    VALUES (s.source_system, s.dossier_code, s.round_no, s.requested_at, s.completed_at, s.due_after)
