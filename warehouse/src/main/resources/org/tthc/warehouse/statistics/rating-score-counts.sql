-- How many ratings scored each Circular 01/2018 indicator 2, 1 and 0 points, per period and organisation (with
-- everything that rolls up to it): the per-question breakdown of the MVotes packet (docs/decisions.md, "MVotes
-- questions"). Same parameters, same rated ratings and same roll-up as rating-index.sql, so scored_two + scored_one
-- + scored_zero is that query's evaluated_<i> and 2 scored_two + scored_one its score_sum_<i>. An organisation
-- appears for an indicator only when one of its ratings answered it.
WITH
period AS (
    SELECT *
    FROM (SELECT inline(arrays_zip(:period_no, :from, :cutoff))) AS p(period_no, from_date, cutoff)
),
rated AS (
    SELECT /*+ BROADCAST(p) */ p.period_no, r.handling_org_code,
           r.indicator_1, r.indicator_3, r.indicator_4, r.indicator_7
    FROM IDENTIFIER(:rating_table) r
    JOIN period p ON r.rated_at >= CAST(p.from_date AS TIMESTAMP_NTZ) AND r.rated_at < p.cutoff
    WHERE r.handling_org_code IS NOT NULL
),
scores AS (
    -- one row per answered indicator of a rating
    SELECT period_no, handling_org_code, indicator, score
    FROM rated
    LATERAL VIEW stack(4, 1, indicator_1, 3, indicator_3, 4, indicator_4, 7, indicator_7) s AS indicator, score
    WHERE score IS NOT NULL
)
SELECT s.period_no,
       u.ancestor_code AS org_code,
       s.indicator,
       count_if(s.score = 2) AS scored_two,
       count_if(s.score = 1) AS scored_one,
       count_if(s.score = 0) AS scored_zero
FROM scores s
JOIN IDENTIFIER(:period_org_rollup) u ON u.period_no = s.period_no AND u.org_code = s.handling_org_code
GROUP BY s.period_no, u.ancestor_code, s.indicator
