-- The outcome of every dossier in play, per period (the per-dossier part of the counts of statistics-rules §3), for
-- one or more periods at once (one Spark job however many periods: most of a small query's time is planning and
-- scheduling).
-- The parameters are arrays with one element per period, element i of each describing period i:
--   :period_no  i;   :from  the period's first day;   :asof  the day it is evaluated as of (its last day, or today
--   for the unfinished period);   :cutoff  the start of the day after :asof (everything strictly before is known,
--   everything after is ignored);   :ruleset  the rule set in force at the period's end.
-- :dossier_table, :dossier_event_table, :dossier_supplement_table, :status_bucket_table name the tables read (the
-- warehouse's views, or views of pinned Delta versions; see DeltaWarehouse.pin).
-- period-statistics.sql counts these rows per organisation; Explain lists those of one count and organisation.
--
-- This is ReferenceStatistics.classify in SQL: each "RS:" comment quotes the line of ReferenceStatistics that the
-- expression below it mirrors. All timestamps are TIMESTAMP_NTZ local date-times of Asia/Ho_Chi_Minh, so
-- CAST(… AS DATE) is the local date (LocalDateTime.toLocalDate) with no zone conversion.
--
-- All periods in one pass over the facts: each fact is ordered once within its dossier (a window, no period in
-- it), and a fact only meets the periods it answers for, through a range join on the small broadcast period
-- table. Joining every fact with every later period and aggregating per (period, dossier) gives the same rows at
-- many times the work (12 months: ~6 times the events, sorted for struct-valued max_by/min_by).
WITH
period AS (
    SELECT *
    FROM (SELECT inline(arrays_zip(:period_no, :from, :cutoff, :asof, :ruleset)))
        AS p(period_no, from_date, cutoff, as_of, rule_set)
),
bucket AS (
    -- RS: buckets = ruleSet.statusBuckets()  (the versioned mapping is a table, not ifs)
    SELECT /*+ BROADCAST(p) */ p.period_no, b.status_code, b.bucket, b.counts_on_time
    FROM IDENTIFIER(:status_bucket_table) b
    JOIN period p ON p.rule_set = b.rule_set
),
solved_status AS (
    -- the statuses of the SOLVED bucket of each rule set in force in one of the periods
    SELECT DISTINCT b.rule_set, b.status_code
    FROM IDENTIFIER(:status_bucket_table) b
    WHERE b.bucket = 'SOLVED' AND b.rule_set IN (SELECT rule_set FROM period)
),
event_sequence AS (
    -- RS: EVENT_ORDER = comparing(occurredAt).thenComparing(eventId). Event ids compare as UTF-8 bytes here and as
    -- UTF-16 units in Java, which agree for every id below U+E000 (ids are hex).
    -- Each event with the time of the next event of its dossier in EVENT_ORDER (null for the last one).
    SELECT source_system, dossier_code, occurred_at, status,
           lead(occurred_at) OVER (PARTITION BY source_system, dossier_code ORDER BY occurred_at, event_id)
               AS next_occurred_at
    FROM IDENTIFIER(:dossier_event_table)
),
last_known_event AS (
    -- RS: known = events.filter(e -> e.occurredAt().isBefore(cutoff)).sorted(EVENT_ORDER)
    -- RS: statusAsOf = known.get(known.size() - 1).status()   (the last known event)
    -- The last known event is the known one whose successor is not known (or which has none): one row per dossier
    -- and period with a known event. Of events at the same time, all but the last in EVENT_ORDER have a successor
    -- at that very time, so they are never the last known.
    SELECT /*+ BROADCAST(p) */ p.period_no, e.source_system, e.dossier_code, e.status AS last_status
    FROM event_sequence e
    JOIN period p
        ON e.occurred_at < p.cutoff AND (e.next_occurred_at IS NULL OR e.next_occurred_at >= p.cutoff)
),
first_solved_event AS (
    -- RS: firstSolved = known.stream().filter(bucketOf(e.status()) == SOLVED).findFirst()
    -- known is a prefix of the dossier's events in EVENT_ORDER, so its first SOLVED event is the dossier's first
    -- SOLVED event overall (under the period's rule set) when that one is known (occurred_at < cutoff, tested in
    -- dossier_as_of), and there is none otherwise. One row per rule set and dossier with a SOLVED event.
    SELECT rule_set, source_system, dossier_code, occurred_at, status
    FROM (
        SELECT /*+ BROADCAST(s) */ s.rule_set, e.source_system, e.dossier_code, e.occurred_at, e.status,
               -- RS: EVENT_ORDER
               row_number() OVER (PARTITION BY s.rule_set, e.source_system, e.dossier_code
                                  ORDER BY e.occurred_at, e.event_id) AS solved_no
        FROM IDENTIFIER(:dossier_event_table) e
        JOIN solved_status s ON s.status_code = e.status
    )
    WHERE solved_no = 1
),
supplement_sequence AS (
    -- RS: dueAsOf: changes.filter(completedAt != null && ...).max(comparing(completedAt).thenComparingInt(roundNo))
    -- Each round with the completion time of the next round of its dossier in that order (null for the last
    -- completed one, and for rounds not completed, which sort after all completed ones).
    SELECT source_system, dossier_code, requested_at, completed_at, due_after,
           lead(completed_at) OVER (PARTITION BY source_system, dossier_code
                                    ORDER BY completed_at ASC NULLS LAST, round_no) AS next_completed_at
    FROM IDENTIFIER(:dossier_supplement_table)
),
supplement_as_of AS (
    SELECT /*+ BROADCAST(p) */ p.period_no, r.source_system, r.dossier_code,
           -- RS: dueAsOf: changes.filter(completedAt != null && completedAt.isBefore(cutoff))
           --              .max(comparing(completedAt).thenComparingInt(roundNo)).map(dueAfter)
           -- (the last round completed before the cutoff is the one whose successor is not: at most one row)
           max(r.due_after) FILTER (WHERE r.completed_at < p.cutoff
                                      AND (r.next_completed_at IS NULL OR r.next_completed_at >= p.cutoff))
               AS due_after_last_round,
           -- RS: openSupplementRequest: requestedAt.isBefore(cutoff)
           --     && (completedAt == null || !completedAt.isBefore(cutoff)), the latest requestedAt
           max(r.requested_at) FILTER (WHERE r.requested_at < p.cutoff
                                         AND (r.completed_at IS NULL OR r.completed_at >= p.cutoff)) AS open_request
    FROM supplement_sequence r
    -- a round neither requested nor completed before the cutoff plays no part in either aggregate
    JOIN period p ON r.requested_at < p.cutoff OR r.completed_at < p.cutoff
    GROUP BY p.period_no, r.source_system, r.dossier_code
),
dossier_as_of AS (
    SELECT /*+ BROADCAST(p), BROADCAST(rb), SHUFFLE_HASH(e), SHUFFLE_HASH(f), SHUFFLE_HASH(s) */
           p.period_no,
           p.from_date,
           p.as_of,
           d.source_system,
           d.dossier_code,
           d.handling_org_code,
           d.received_at,
           d.channel,
           -- RS: statusAsOf = known.isEmpty() ? record.status() : <last known event>.status()
           CASE WHEN e.dossier_code IS NULL THEN d.status ELSE e.last_status END AS status_as_of,
           CASE
               -- RS: if (firstSolved.isPresent()) end = firstSolved.get().occurredAt()
               WHEN f.dossier_code IS NOT NULL THEN f.occurred_at
               -- RS: else if (bucketOf(record.status()) == SOLVED && record.finishedAt() != null
               --              && record.finishedAt().isBefore(cutoff)) end = record.finishedAt()
               WHEN rb.bucket = 'SOLVED' AND d.finished_at < p.cutoff THEN d.finished_at
           END AS end_at,
           CASE
               -- RS: endStatus = firstSolved.get().status()
               WHEN f.dossier_code IS NOT NULL THEN f.status
               -- RS: endStatus = record.status()
               WHEN rb.bucket = 'SOLVED' AND d.finished_at < p.cutoff THEN d.status
           END AS end_status,
           -- RS: due = dueAsOf(record.dueAt(), changes, cutoff)  (.orElse(originalDue); a round that left no due
           --     date only exists when the dossier has none, so coalesce is the same as Optional.map().orElse())
           coalesce(s.due_after_last_round, d.due_at) AS due_at,
           s.open_request
    FROM IDENTIFIER(:dossier_table) d
    -- RS: if (record.receivedAt() == null || !record.receivedAt().isBefore(cutoff)) return empty
    JOIN period p ON d.received_at < p.cutoff
    JOIN bucket rb ON rb.period_no = p.period_no AND rb.status_code = d.status
    LEFT JOIN last_known_event e
        ON e.period_no = p.period_no AND e.source_system = d.source_system AND e.dossier_code = d.dossier_code
    -- RS: firstSolved (the dossier's first SOLVED event under the period's rule set, if known at the cutoff)
    LEFT JOIN first_solved_event f
        ON f.rule_set = p.rule_set AND f.source_system = d.source_system AND f.dossier_code = d.dossier_code
        AND f.occurred_at < p.cutoff
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
           CAST(a.received_at AS DATE) AS received_on,
           CAST(a.end_at AS DATE) AS end_on,
           CAST(a.due_at AS DATE) AS due_on,
           coalesce(eb.counts_on_time, false) AS end_counts_on_time
    FROM dossier_as_of a
    JOIN bucket sb ON sb.period_no = a.period_no AND sb.status_code = a.status_as_of
    LEFT JOIN bucket eb ON eb.period_no = a.period_no AND eb.status_code = a.end_status
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
               AND CASE WHEN open_request IS NOT NULL THEN CAST(open_request AS DATE) > due_on
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
