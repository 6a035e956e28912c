-- The outcome of every dossier in play, per period (the per-dossier part of the counts of statistics-rules §3), for
-- one or more periods at once, in PostgreSQL 15 over the tables PostgresMirror fills. The same rules, in the same
-- order, as ../statistics/dossier-outcomes.sql (Spark SQL) and ReferenceStatistics.classify: each "RS:" comment quotes
-- the line of ReferenceStatistics that the expression below it mirrors; "PG:" comments say where PostgreSQL needs
-- another form than Spark and why.
-- The five bind parameters are arrays with one element per period, element i of each describing period i, in this
-- order: period_no integer[]  i;  from_date date[]  the period's first day;  cutoff timestamp[]  the start of the day
-- after as_of (everything strictly before is known, everything after is ignored);  as_of date[]  the day it is
-- evaluated as of (its last day, or today for the unfinished period);  rule_set text[]  the rule set in force at the
-- period's end. Timestamps are `timestamp` (without time zone) local date-times of Asia/Ho_Chi_Minh, so
-- CAST(… AS date) is the local date (LocalDateTime.toLocalDate) with no zone conversion.
WITH
period AS (
    SELECT *
    FROM unnest(CAST(? AS integer[]), CAST(? AS date[]), CAST(? AS timestamp[]), CAST(? AS date[]),
                CAST(? AS text[]))
        AS p(period_no, from_date, cutoff, as_of, rule_set)
),
known_event AS (
    -- RS: known = events.filter(e -> e.occurredAt().isBefore(cutoff))
    SELECT p.period_no, e.source_system, e.dossier_code, e.event_id, e.occurred_at, e.status, b.bucket
    FROM dossier_event e
    JOIN period p ON e.occurred_at < p.cutoff
    -- RS: buckets = ruleSet.statusBuckets()  (the versioned mapping is a table, not ifs)
    -- PG: status_bucket is joined on (rule_set, status_code) wherever a bucket is needed, rather than through a
    -- per-period mapping CTE as in Spark: a CTE has no statistics, and the planner's guesses for joins on one
    -- (2 rows for thousands) gave a plan 15 times slower on 20,000 dossiers (docs/postgres-baseline.md).
    JOIN status_bucket b ON b.rule_set = p.rule_set AND b.status_code = e.status
),
event_as_of AS (
    -- RS: EVENT_ORDER = comparing(occurredAt).thenComparing(eventId)
    -- PG: no max_by/min_by: the first element of an ordered array_agg. Event ids are ordered COLLATE "C" (bytes, as
    -- Spark compares strings; Java's UTF-16 order agrees for every id below U+E000, and ids are hex), never by the
    -- database's collation, whose order differs from Java's.
    SELECT period_no, source_system, dossier_code,
           -- RS: statusAsOf = known.get(known.size() - 1).status()   (the last known event)
           (array_agg(status ORDER BY occurred_at DESC, event_id COLLATE "C" DESC))[1] AS last_status,
           -- RS: firstSolved = known.stream().filter(bucketOf(e.status()) == SOLVED).findFirst()
           (array_agg(occurred_at ORDER BY occurred_at, event_id COLLATE "C")
               FILTER (WHERE bucket = 'SOLVED'))[1] AS first_solved_at,
           (array_agg(status ORDER BY occurred_at, event_id COLLATE "C")
               FILTER (WHERE bucket = 'SOLVED'))[1] AS first_solved_status
    FROM known_event
    GROUP BY period_no, source_system, dossier_code
),
supplement_as_of AS (
    SELECT p.period_no, r.source_system, r.dossier_code,
           -- RS: dueAsOf: changes.filter(completedAt != null && completedAt.isBefore(cutoff))
           --              .max(comparing(completedAt).thenComparingInt(roundNo)).map(dueAfter)
           (array_agg(r.due_after ORDER BY r.completed_at DESC, r.round_no DESC)
               FILTER (WHERE r.completed_at < p.cutoff))[1] AS due_after_last_round,
           -- RS: openSupplementRequest: requestedAt.isBefore(cutoff)
           --     && (completedAt == null || !completedAt.isBefore(cutoff)), the latest requestedAt
           max(r.requested_at) FILTER (WHERE r.requested_at < p.cutoff
                                         AND (r.completed_at IS NULL OR r.completed_at >= p.cutoff)) AS open_request
    FROM dossier_supplement r
    -- a round neither requested nor completed before the cutoff plays no part in either aggregate
    JOIN period p ON r.requested_at < p.cutoff OR r.completed_at < p.cutoff
    GROUP BY p.period_no, r.source_system, r.dossier_code
),
dossier_as_of AS (
    SELECT p.period_no,
           p.from_date,
           p.as_of,
           p.rule_set,
           d.source_system,
           d.dossier_code,
           d.handling_org_code,
           d.received_at,
           d.channel,
           -- RS: statusAsOf = known.isEmpty() ? record.status() : <last known event>.status()
           CASE WHEN e.dossier_code IS NULL THEN d.status ELSE e.last_status END AS status_as_of,
           CASE
               -- RS: if (firstSolved.isPresent()) end = firstSolved.get().occurredAt()
               WHEN e.first_solved_at IS NOT NULL THEN e.first_solved_at
               -- RS: else if (bucketOf(record.status()) == SOLVED && record.finishedAt() != null
               --              && record.finishedAt().isBefore(cutoff)) end = record.finishedAt()
               WHEN rb.bucket = 'SOLVED' AND d.finished_at < p.cutoff THEN d.finished_at
           END AS end_at,
           CASE
               -- RS: endStatus = firstSolved.get().status()
               WHEN e.first_solved_at IS NOT NULL THEN e.first_solved_status
               -- RS: endStatus = record.status()
               WHEN rb.bucket = 'SOLVED' AND d.finished_at < p.cutoff THEN d.status
           END AS end_status,
           -- RS: due = dueAsOf(record.dueAt(), changes, cutoff)  (.orElse(originalDue); a round that left no due
           --     date only exists when the dossier has none, so coalesce is the same as Optional.map().orElse())
           coalesce(s.due_after_last_round, d.due_at) AS due_at,
           s.open_request
    FROM dossier d
    -- RS: if (record.receivedAt() == null || !record.receivedAt().isBefore(cutoff)) return empty
    JOIN period p ON d.received_at < p.cutoff
    JOIN status_bucket rb ON rb.rule_set = p.rule_set AND rb.status_code = d.status
    LEFT JOIN event_as_of e
        ON e.period_no = p.period_no AND e.source_system = d.source_system AND e.dossier_code = d.dossier_code
    LEFT JOIN supplement_as_of s
        ON s.period_no = p.period_no AND s.source_system = d.source_system AND s.dossier_code = d.dossier_code
    -- RS: if (record.originalDossierCode() != null) return empty  (inter-agency copy, counted at the original, §6)
    WHERE d.original_dossier_code IS NULL
),
dated AS (
    SELECT a.period_no,
           a.from_date,
           a.as_of,
           a.source_system,
           a.dossier_code,
           a.handling_org_code,
           a.channel,
           a.open_request,
           -- RS: received = record.receivedAt().toLocalDate()
           CAST(a.received_at AS date) AS received_on,
           CAST(a.end_at AS date) AS end_on,
           CAST(a.due_at AS date) AS due_on,
           coalesce(eb.counts_on_time, false) AS end_counts_on_time
    FROM dossier_as_of a
    JOIN status_bucket sb ON sb.rule_set = a.rule_set AND sb.status_code = a.status_as_of
    LEFT JOIN status_bucket eb ON eb.rule_set = a.rule_set AND eb.status_code = a.end_status
    -- RS: if (buckets.bucketOf(statusAsOf) == StatusBucket.NOT_RECEIVED) return empty
    WHERE sb.bucket <> 'NOT_RECEIVED'
),
flagged AS (
    SELECT period_no, as_of, source_system, dossier_code, handling_org_code, channel, open_request, received_on,
           end_on, due_on, end_counts_on_time,
           -- RS: newReception = !received.isBefore(period.from())
           received_on >= from_date AS new_reception,
           -- RS: preExisting = received.isBefore(period.from())
           --     && (end == null || !end.toLocalDate().isBefore(period.from()))
           received_on < from_date AND (end_on IS NULL OR end_on >= from_date) AS pre_existing,
           -- RS: solved = end != null && !end.toLocalDate().isBefore(period.from())
           end_on IS NOT NULL AND end_on >= from_date AS solved
    FROM dated
),
outcome AS (
    SELECT period_no, source_system, dossier_code, handling_org_code, received_on, due_on, end_on, pre_existing,
           new_reception, solved,
           -- RS: online = newReception && record.effectiveChannel() == Channel.ONLINE  (missing channel: in person)
           new_reception AND coalesce(channel, 1) = 2 AS new_reception_online,
           -- RS: solvedInTime = solved && (due == null || buckets.countsOnTime(endStatus)
           --     || !end.toLocalDate().isAfter(due.toLocalDate()))
           solved AND (due_on IS NULL OR end_counts_on_time OR end_on <= due_on) AS solved_in_time,
           -- RS: pendingLate = !solved && due != null && (openRequest != null
           --     ? openRequest.toLocalDate().isAfter(due.toLocalDate())   (clock paused while waiting for the applicant)
           --     : due.toLocalDate().isBefore(asOf))                      (due today is still in time)
           NOT solved AND due_on IS NOT NULL
               AND CASE WHEN open_request IS NOT NULL THEN CAST(open_request AS date) > due_on
                        ELSE due_on < as_of END AS pending_late
    FROM flagged
    -- RS: if (!newReception && !preExisting) return empty
    WHERE new_reception OR pre_existing
)
-- One row per dossier in play per period, a boolean per count (the columns of CountedField).
SELECT period_no, source_system, dossier_code, handling_org_code, received_on, due_on, end_on,
       pre_existing,
       new_reception,
       new_reception_online,
       solved AS total_solved,
       solved_in_time,
       -- RS: solvedAhead = solvedInTime && due != null && end.toLocalDate().isBefore(due.toLocalDate())
       solved_in_time AND due_on IS NOT NULL AND end_on < due_on AS solved_ahead_of_time,
       solved AND NOT solved_in_time AS solved_late,
       NOT solved AS total_pending,
       pending_late
FROM outcome
