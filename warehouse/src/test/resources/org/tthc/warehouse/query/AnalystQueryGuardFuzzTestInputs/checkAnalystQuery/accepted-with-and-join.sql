WITH monthly AS (
    SELECT org_code, count(*) AS received FROM dossier GROUP BY org_code
)
SELECT o.name, m.received
FROM monthly m JOIN org o ON o.code = m.org_code
ORDER BY m.received DESC
LIMIT 10