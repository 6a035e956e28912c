-- The dossiers that can be in play in some period starting on or after :from (statistics-rules §3), for a statistics
-- job over recent periods only (SparkStatistics.computeRecent): every other dossier gives no outcome row in any of
-- them, so leaving it out, with its events and supplement rounds, changes no number.
-- A dossier received before :from is out of play in every such period when its record says solved
-- (:ended_status, the status codes SOLVED under every rule set of the periods) with a finish time before :from and it
-- has no SOLVED event (:solved_status, SOLVED under any of them) on or after :from: its end as of any of the periods
-- is then its first SOLVED event, before :from, or the record's finish time, before :from.
-- Only the recent events are read to find the SOLVED ones (occurred_month, the partition column, prunes the rest).
-- :dossier_table, :dossier_event_table name the tables read (the job's snapshot).
WITH solved_since AS (
    SELECT DISTINCT source_system, dossier_code
    FROM IDENTIFIER(:dossier_event_table)
    WHERE occurred_month >= :from_month AND occurred_at >= :from AND array_contains(:solved_status, status)
)
SELECT d.*
FROM IDENTIFIER(:dossier_table) d
LEFT JOIN solved_since s ON s.source_system = d.source_system AND s.dossier_code = d.dossier_code
WHERE d.received_at IS NOT NULL
  AND (d.received_at >= :from
       OR NOT array_contains(:ended_status, d.status) OR d.finished_at IS NULL OR d.finished_at >= :from
       OR s.dossier_code IS NOT NULL)
