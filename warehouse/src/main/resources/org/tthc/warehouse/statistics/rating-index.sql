-- The satisfaction index of statistics-rules §9 per period and organisation, ReferenceRatings in Spark SQL ("RR:"
-- comments quote the Java each expression mirrors), for one or more periods at once.
-- The parameters are arrays with one element per period: :period_no i; :from the period's first day; :cutoff the
-- start of the day after the day it is evaluated as of. :rating_table names the ratings read (one row per rated
-- dossier, the newest version: merge-rating.sql). :period_org_rollup names the job's roll-up relation
-- (period_no, org_code, ancestor_code), computed in Java by OrganisationCatalogue.rollUp as for the dossier statistics.
--
-- Every one-decimal value is computed in whole tenths with integer division, exactly as Tenths.roundedRatio does:
-- round(p / q, 1) half-up = (20p + q) div 2q tenths. No floating point, so no engine can round differently.
WITH
period AS (
    SELECT *
    FROM (SELECT inline(arrays_zip(:period_no, :from, :cutoff))) AS p(period_no, from_date, cutoff)
),
rated AS (
    -- RR: rating.handlingOrgCode() != null && !ratedAt.isBefore(from) && ratedAt.isBefore(cutoff)
    SELECT /*+ BROADCAST(p) */ p.period_no, r.handling_org_code, r.overall,
           r.indicator_1, r.indicator_3, r.indicator_4, r.indicator_7
    FROM IDENTIFIER(:rating_table) r
    JOIN period p ON r.rated_at >= CAST(p.from_date AS TIMESTAMP_NTZ) AND r.rated_at < p.cutoff
    WHERE r.handling_org_code IS NOT NULL
),
counts AS (
    -- RR: for (String org : catalogue.rollUp(handlingOrgCode, attributionDay)) tallies[org].add(rating)
    SELECT r.period_no,
           u.ancestor_code AS org_code,
           count_if(r.overall = 1) AS very_satisfied,
           count_if(r.overall = 2) AS satisfied,
           count_if(r.overall = 3) AS not_satisfied,
           count(r.indicator_1) AS evaluated_1,
           coalesce(sum(r.indicator_1), 0) AS score_sum_1,
           count(r.indicator_3) AS evaluated_3,
           coalesce(sum(r.indicator_3), 0) AS score_sum_3,
           count(r.indicator_4) AS evaluated_4,
           coalesce(sum(r.indicator_4), 0) AS score_sum_4,
           count(r.indicator_7) AS evaluated_7,
           coalesce(sum(r.indicator_7), 0) AS score_sum_7
    FROM rated r
    JOIN IDENTIFIER(:period_org_rollup) u ON u.period_no = r.period_no AND u.org_code = r.handling_org_code
    GROUP BY r.period_no, u.ancestor_code
),
rounded AS (
    SELECT *,
           -- RR: SatisfactionShares: each share rounded half-up in tenths (every row has at least one rating)
           (2000 * very_satisfied + ratings) div (2 * ratings) AS very_satisfied_tenths,
           (2000 * satisfied + ratings) div (2 * ratings) AS satisfied_tenths,
           (2000 * not_satisfied + ratings) div (2 * ratings) AS not_satisfied_tenths,
           -- RR: IndicatorScore.of: null when no dossier was evaluated on the indicator
           CASE WHEN evaluated_1 > 0 THEN (20 * score_sum_1 + evaluated_1) div (2 * evaluated_1) END AS average_1,
           CASE WHEN evaluated_3 > 0 THEN (20 * score_sum_3 + evaluated_3) div (2 * evaluated_3) END AS average_3,
           CASE WHEN evaluated_4 > 0 THEN (20 * score_sum_4 + evaluated_4) div (2 * evaluated_4) END AS average_4,
           CASE WHEN evaluated_7 > 0 THEN (20 * score_sum_7 + evaluated_7) div (2 * evaluated_7) END AS average_7
    FROM (SELECT *, very_satisfied + satisfied + not_satisfied AS ratings FROM counts)
)
SELECT period_no, org_code, very_satisfied, satisfied, not_satisfied,
       -- RR: the residue 1000 − Σ goes to the largest bucket, the first of equally large ones
       very_satisfied_tenths + CASE WHEN very_satisfied >= satisfied AND very_satisfied >= not_satisfied
           THEN residue ELSE 0 END AS very_satisfied_share,
       satisfied_tenths + CASE WHEN satisfied > very_satisfied AND satisfied >= not_satisfied
           THEN residue ELSE 0 END AS satisfied_share,
       not_satisfied_tenths + CASE WHEN not_satisfied > very_satisfied AND not_satisfied > satisfied
           THEN residue ELSE 0 END AS not_satisfied_share,
       evaluated_1, score_sum_1, average_1,
       evaluated_3, score_sum_3, average_3,
       evaluated_4, score_sum_4, average_4,
       evaluated_7, score_sum_7, average_7,
       -- RR: RatingStatistics.of: total = sum of the averages present, null when none is
       CASE WHEN evaluated_1 + evaluated_3 + evaluated_4 + evaluated_7 > 0
           THEN coalesce(average_1, 0) + coalesce(average_3, 0) + coalesce(average_4, 0) + coalesce(average_7, 0)
       END AS total
FROM (
    SELECT *, 1000 - (very_satisfied_tenths + satisfied_tenths + not_satisfied_tenths) AS residue
    FROM rounded
)
