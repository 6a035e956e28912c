-- The counts of statistics-rules §3 per period and organisation: the dossier outcomes (the text of
-- dossier-outcomes.sql, one row per dossier in play with a flag per count) counted per handling organisation, then
-- rolled up to every organisation they count for in the view's structure for the period: {rollup} names this
-- job's roll-up table (period_no, org_code, ancestor_code), filled by ClickHouseStatistics from the domain rule
-- OrganisationCatalogue.rollUp, as the Spark job does.
SELECT period_no,
       ancestor_code AS org_code,
       sum(total) AS total,
       sum(pre_existing) AS pre_existing,
       sum(new_reception) AS new_reception,
       sum(new_reception_online) AS new_reception_online,
       sum(total_solved) AS total_solved,
       sum(solved_in_time) AS solved_in_time,
       sum(solved_ahead_of_time) AS solved_ahead_of_time,
       sum(solved_late) AS solved_late,
       sum(total_pending) AS total_pending,
       sum(pending_late) AS pending_late
FROM (
    -- RS: outcome.addTo(byOrg[org]): every count on its own, first per handling organisation
    SELECT period_no,
           handling_org_code,
           count() AS total,
           countIf(pre_existing) AS pre_existing,
           countIf(new_reception) AS new_reception,
           countIf(new_reception_online) AS new_reception_online,
           countIf(total_solved) AS total_solved,
           countIf(solved_in_time) AS solved_in_time,
           countIf(solved_ahead_of_time) AS solved_ahead_of_time,
           countIf(solved_late) AS solved_late,
           countIf(total_pending) AS total_pending,
           countIf(pending_late) AS pending_late
    FROM ({outcomes}) AS outcome
    GROUP BY period_no, handling_org_code
) AS org_counts
-- RS: for (String org : catalogue.rollUp(record.handlingOrgCode(), attributionDay)) outcome.addTo(byOrg[org])
ALL INNER JOIN (
    SELECT period_no, org_code AS handling_org_code, ancestor_code
    FROM {rollup}
) AS rollup USING (period_no, handling_org_code)
GROUP BY period_no, ancestor_code
