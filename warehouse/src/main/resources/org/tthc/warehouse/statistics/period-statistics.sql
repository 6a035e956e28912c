-- The counts of statistics-rules §3, per period and per organisation with a dossier in play: the outcome rows of
-- dossier-outcomes.sql (its text replaces the outcomes placeholder below; its parameters apply) counted for every organisation each dossier rolls up to.
-- :period_org_rollup names the roll-up relation of this job, (period_no, org_code, ancestor_code): for period i,
-- each handling organisation code with every organisation its dossiers count for in the view's structure (computed
-- in Java by OrganisationCatalogue.rollUp, the reference's rule, and registered as a temporary view).
-- RS: for (String org : catalogue.rollUp(record.handlingOrgCode(), attributionDay)) outcome.addTo(byOrg[org])
--     (DossierOutcome.addTo: every count on its own)
SELECT o.period_no,
       r.ancestor_code AS org_code,
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
FROM ({outcomes}) o
JOIN IDENTIFIER(:period_org_rollup) r ON r.period_no = o.period_no AND r.org_code = o.handling_org_code
GROUP BY o.period_no, r.ancestor_code
