-- Time spent in each processing step (docs/workspace.md, process monitoring), by handling organisation, department
-- and step, for the steps that ended in [:from, :until) of the dossiers of :procedure ('' = every procedure).
-- A step is what one processing event reports: it ended at occurred_at (ThoiDiemXuLy) and began at step_started_at
-- (NgayBatDau), or, when the source does not say, at the dossier's previous event; the dossier's first event has
-- no start and is not a timed step. The step is named by the event's content (its status when it has none) and
-- belongs to the event's department. It overran when it ended after its step deadline step_due_at
-- (NgayKetThucTheoQuyDinh). Durations are elapsed seconds, not working time.
WITH steps AS (
    SELECT d.handling_org_code,
           coalesce(e.department, '') AS department,
           coalesce(e.content, concat('status ', e.status)) AS step,
           coalesce(e.step_started_at,
                    lag(e.occurred_at) OVER (PARTITION BY e.source_system, e.dossier_code
                                             ORDER BY e.occurred_at, e.event_id)) AS started_at,
           e.occurred_at,
           e.step_due_at
    FROM dossier_event e
    JOIN dossier d ON d.source_system = e.source_system AND d.dossier_code = e.dossier_code
    WHERE :procedure = '' OR d.procedure_code = :procedure
)
SELECT handling_org_code, department, step,
       count(*) AS steps,
       sum(timestampdiff(SECOND, started_at, occurred_at)) AS total_seconds,
       max(timestampdiff(SECOND, started_at, occurred_at)) AS longest_seconds,
       count(step_due_at) AS with_deadline,
       count_if(occurred_at > step_due_at) AS overrun
FROM steps
WHERE started_at IS NOT NULL AND occurred_at >= :from AND occurred_at < :until
GROUP BY handling_org_code, department, step
