-- The counts of period-statistics.sql per organisation AND sector (lĩnh vực), for form 06's sector rows: the same
-- outcome rows of dossier-outcomes.sql (its text replaces the outcomes placeholder below; its parameters apply),
-- counted through the same roll-up relation :period_org_rollup, each with the sector of its dossier's row in
-- :dossier_table (the very row the outcome was computed from: one row per dossier). A dossier has one sector or none,
-- so an organisation's rows here add up, count by count, to its row of period-statistics.sql; the count columns are
-- those of period-statistics.sql and must stay so.
-- sector_code: null for a dossier whose record gives none (a blank code is none).
-- sector_name: the name that the latest-received dossier of the code, received before the period's cutoff, gives
-- (ties broken by source system and dossier code); null when none gives a name.
-- (The CTE names differ from those inside the outcomes query, which has its own.)
WITH
sector_period AS (
    SELECT *
    FROM (SELECT inline(arrays_zip(:period_no, :cutoff))) AS p(period_no, cutoff)
),
sector_outcome AS (
    SELECT o.*, nullif(trim(d.sector_code), '') AS sector_code
    FROM ({outcomes}) o
    JOIN IDENTIFIER(:dossier_table) d ON d.source_system = o.source_system AND d.dossier_code = o.dossier_code
),
latest_sector_name AS (
    SELECT /*+ BROADCAST(p) */ p.period_no,
           nullif(trim(d.sector_code), '') AS sector_code,
           max_by(d.sector_name, struct(d.received_at, d.source_system, d.dossier_code)) AS sector_name
    FROM IDENTIFIER(:dossier_table) d
    JOIN sector_period p ON d.received_at < p.cutoff
    WHERE nullif(trim(d.sector_code), '') IS NOT NULL AND nullif(trim(d.sector_name), '') IS NOT NULL
    GROUP BY p.period_no, nullif(trim(d.sector_code), '')
)
SELECT o.period_no,
       r.ancestor_code AS org_code,
       o.sector_code,
       n.sector_name,
       count(*) AS total,
       count_if(o.pre_existing) AS pre_existing,
       count_if(o.new_reception) AS new_reception,
       count_if(o.new_reception_online) AS new_reception_online,
       count_if(o.total_solved) AS total_solved,
       count_if(o.solved_in_time) AS solved_in_time,
       count_if(o.solved_ahead_of_time) AS solved_ahead_of_time,
       count_if(o.solved_late) AS solved_late,
       count_if(o.total_pending) AS total_pending,
       count_if(o.pending_late) AS pending_late
FROM sector_outcome o
JOIN IDENTIFIER(:period_org_rollup) r ON r.period_no = o.period_no AND r.org_code = o.handling_org_code
LEFT JOIN latest_sector_name n ON n.period_no = o.period_no AND n.sector_code = o.sector_code
GROUP BY o.period_no, r.ancestor_code, o.sector_code, n.sector_name
