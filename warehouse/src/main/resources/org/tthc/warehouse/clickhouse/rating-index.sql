-- The satisfaction index of statistics-rules §9 per period and organisation: ReferenceRatings in ClickHouse SQL, the
-- twin of ../statistics/rating-index.sql (Spark), written like dossier-outcomes.sql for ClickHouse from the 2018
-- server (18.16) to the current engine (and chDB): no CTEs, one JOIN per SELECT, no non-equi joins (ratings meet the
-- periods through a CROSS JOIN and a filter), and no NULL logic: an average or score that does not exist comes out
-- as 0 beside its flag (evaluated_N = 0, has_total = 0), which ClickHouseRatings reads as null.
-- The periods placeholder: one row per period (period_no, from_date, cutoff); the rollup placeholder: this job's roll-up table
-- (period_no, org_code, ancestor_code) from OrganisationCatalogue.rollUp, as for the dossier statistics.
-- One-decimal values are whole tenths by integer division, as Tenths.roundedRatio: round(p / q, 1) half-up =
-- intDiv(20p + q, 2q); greatest(q, 1) keeps intDiv from failing on an empty indicator (whose flag says so).
SELECT period_no, org_code, very_satisfied, satisfied, not_satisfied,
       -- RR: the residue 1000 − Σ goes to the largest bucket, the first of equally large ones
       very_satisfied_tenths + if(very_satisfied >= satisfied AND very_satisfied >= not_satisfied, residue, 0)
           AS very_satisfied_share,
       satisfied_tenths + if(satisfied > very_satisfied AND satisfied >= not_satisfied, residue, 0) AS satisfied_share,
       not_satisfied_tenths + if(not_satisfied > very_satisfied AND not_satisfied > satisfied, residue, 0)
           AS not_satisfied_share,
       evaluated_1, score_sum_1, average_1,
       evaluated_3, score_sum_3, average_3,
       evaluated_4, score_sum_4, average_4,
       evaluated_7, score_sum_7, average_7,
       -- RR: RatingStatistics.of: total = sum of the averages present (an absent one is 0 here)
       average_1 + average_3 + average_4 + average_7 AS total,
       evaluated_1 + evaluated_3 + evaluated_4 + evaluated_7 > 0 AS has_total
FROM (
    SELECT *,
           1000 - (very_satisfied_tenths + satisfied_tenths + not_satisfied_tenths) AS residue
    FROM (
        SELECT *,
               very_satisfied + satisfied + not_satisfied AS ratings,
               -- RR: SatisfactionShares: each share rounded half-up in tenths
               intDiv(2000 * very_satisfied + ratings, 2 * greatest(ratings, 1)) AS very_satisfied_tenths,
               intDiv(2000 * satisfied + ratings, 2 * greatest(ratings, 1)) AS satisfied_tenths,
               intDiv(2000 * not_satisfied + ratings, 2 * greatest(ratings, 1)) AS not_satisfied_tenths,
               -- RR: IndicatorScore.of (0 with evaluated_N = 0 where the reference has null)
               intDiv(20 * score_sum_1 + evaluated_1, 2 * greatest(evaluated_1, 1)) AS average_1,
               intDiv(20 * score_sum_3 + evaluated_3, 2 * greatest(evaluated_3, 1)) AS average_3,
               intDiv(20 * score_sum_4 + evaluated_4, 2 * greatest(evaluated_4, 1)) AS average_4,
               intDiv(20 * score_sum_7 + evaluated_7, 2 * greatest(evaluated_7, 1)) AS average_7
        FROM (
            -- RR: for (String org : catalogue.rollUp(handlingOrgCode, attributionDay)) tallies[org].add(rating)
            SELECT period_no,
                   ancestor_code AS org_code,
                   toInt64(sum(org_very_satisfied)) AS very_satisfied,
                   toInt64(sum(org_satisfied)) AS satisfied,
                   toInt64(sum(org_not_satisfied)) AS not_satisfied,
                   toInt64(sum(org_evaluated_1)) AS evaluated_1,
                   toInt64(sum(org_score_sum_1)) AS score_sum_1,
                   toInt64(sum(org_evaluated_3)) AS evaluated_3,
                   toInt64(sum(org_score_sum_3)) AS score_sum_3,
                   toInt64(sum(org_evaluated_4)) AS evaluated_4,
                   toInt64(sum(org_score_sum_4)) AS score_sum_4,
                   toInt64(sum(org_evaluated_7)) AS evaluated_7,
                   toInt64(sum(org_score_sum_7)) AS score_sum_7
            FROM (
                -- first per handling organisation
                SELECT period_no,
                       handling_org_code,
                       toInt64(countIf(overall = 1)) AS org_very_satisfied,
                       toInt64(countIf(overall = 2)) AS org_satisfied,
                       toInt64(countIf(overall = 3)) AS org_not_satisfied,
                       toInt64(count(indicator_1)) AS org_evaluated_1,
                       toInt64(ifNull(sum(indicator_1), 0)) AS org_score_sum_1,
                       toInt64(count(indicator_3)) AS org_evaluated_3,
                       toInt64(ifNull(sum(indicator_3), 0)) AS org_score_sum_3,
                       toInt64(count(indicator_4)) AS org_evaluated_4,
                       toInt64(ifNull(sum(indicator_4), 0)) AS org_score_sum_4,
                       toInt64(count(indicator_7)) AS org_evaluated_7,
                       toInt64(ifNull(sum(indicator_7), 0)) AS org_score_sum_7
                FROM (
                    SELECT assumeNotNull(handling_org_code) AS handling_org_code, rated_at, overall,
                           indicator_1, indicator_3, indicator_4, indicator_7
                    FROM rating
                    WHERE isNotNull(handling_org_code)
                ) AS rated
                CROSS JOIN ({periods}) AS period_row
                -- RR: !ratedAt.isBefore(from) && ratedAt.isBefore(cutoff)
                WHERE toDate(rated_at) >= from_date AND rated_at < cutoff
                GROUP BY period_no, handling_org_code
            ) AS org_counts
            ALL INNER JOIN (
                SELECT period_no, org_code AS handling_org_code, ancestor_code
                FROM {rollup}
            ) AS rollup USING (period_no, handling_org_code)
            GROUP BY period_no, ancestor_code
        ) AS counts
    ) AS rounded
) AS with_residue
