-- The counts of statistics-rules §3, per period and per organisation with a dossier in play, in PostgreSQL 15: the
-- outcome rows of dossier-outcomes.sql (its text replaces the outcomes placeholder below; its five parameters come
-- first) counted for every organisation each dossier rolls up to. The same query as
-- ../statistics/period-statistics.sql (Spark SQL).
-- The roll-up relation of this job, (period_no, org_code, ancestor_code), is the three parameters after those of the
-- outcomes: period_no integer[], org_code text[], ancestor_code text[], element i of each making row i: for period
-- period_no, dossiers handled by org_code count for ancestor_code in the view's structure (computed in Java by
-- OrganisationCatalogue.rollUp, the reference's rule, see PeriodOrganisationRollup).
-- PG: the relation travels as arrays rather than a temporary table (Spark's temporary view, ClickHouse's Memory
-- table): one statement, nothing to drop, and the planner sees the array's length when it plans the join.
-- RS: for (String org : catalogue.rollUp(record.handlingOrgCode(), attributionDay)) outcome.addTo(byOrg[org])
--     (DossierOutcome.addTo: every count on its own)
SELECT o.period_no,
       r.ancestor_code AS org_code,
       count(*) AS total,
       count(*) FILTER (WHERE o.pre_existing) AS pre_existing,
       count(*) FILTER (WHERE o.new_reception) AS new_reception,
       count(*) FILTER (WHERE o.new_reception_online) AS new_reception_online,
       count(*) FILTER (WHERE o.total_solved) AS total_solved,
       count(*) FILTER (WHERE o.solved_in_time) AS solved_in_time,
       count(*) FILTER (WHERE o.solved_ahead_of_time) AS solved_ahead_of_time,
       count(*) FILTER (WHERE o.solved_late) AS solved_late,
       count(*) FILTER (WHERE o.total_pending) AS total_pending,
       count(*) FILTER (WHERE o.pending_late) AS pending_late
FROM ({outcomes}) o
JOIN unnest(CAST(? AS integer[]), CAST(? AS text[]), CAST(? AS text[])) AS r(period_no, org_code, ancestor_code)
    ON r.period_no = o.period_no AND r.org_code = o.handling_org_code
GROUP BY o.period_no, r.ancestor_code
