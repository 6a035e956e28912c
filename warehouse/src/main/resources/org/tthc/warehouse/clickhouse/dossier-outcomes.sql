-- One row per dossier in play per period, with the classification of statistics-rules §3 as flags: the rows
-- behind every number of period-statistics.sql (which counts them) and of `explain` (which lists them). The same
-- rules as ../statistics/period-statistics.sql (Spark) and ReferenceStatistics.classify, written for ClickHouse from
-- the 2018 server (18.16) to the current engine: no CTEs, one JOIN per SELECT, no non-equi joins, aliases on joined
-- subqueries, ALL joins against right sides with unique keys (on current versions ANY INNER JOIN keeps one row per
-- key of both sides), and no NULL logic in the rules (missing values travel as explicit has_… flags beside
-- placeholder values). "RS:" comments quote the ReferenceStatistics line an expression mirrors.
--
-- The periods placeholder: a subquery of one row per period (period_no, from_date, cutoff, as_of, rule_set), see
-- ClickHouseStatistics. DateTime('UTC') columns hold Asia/Ho_Chi_Minh wall-clock times, so toDate() is the local date.
SELECT period_no,
       source_system,
       dossier_code,
       handling_org_code,
       is_pre_existing AS pre_existing,
       is_new_reception AS new_reception,
       -- RS: online = newReception && record.effectiveChannel() == Channel.ONLINE  (missing channel: in person)
       is_new_reception AND ifNull(channel, 1) = 2 AS new_reception_online,
       is_solved AS total_solved,
       is_solved_in_time AS solved_in_time,
       -- RS: solvedAhead = solvedInTime && due != null && end.toLocalDate().isBefore(due.toLocalDate())
       is_solved_in_time AND has_due AND end_on < due_on AS solved_ahead_of_time,
       is_solved AND NOT is_solved_in_time AS solved_late,
       NOT is_solved AS total_pending,
       -- RS: pendingLate = !solved && due != null && (openRequest != null
       --     ? openRequest.toLocalDate().isAfter(due.toLocalDate())   (clock paused while waiting for the applicant)
       --     : due.toLocalDate().isBefore(asOf))                      (due today is still in time)
       NOT is_solved AND has_due AND if(has_open_request, toDate(open_request) > due_on, due_on < as_of) AS pending_late
FROM (
    SELECT period_no,
           as_of,
           source_system,
           dossier_code,
           ifNull(handling_org_code, '') AS handling_org_code,
           channel,
           has_due,
           due_on,
           end_on,
           has_open_request,
           open_request,
           -- RS: received = record.receivedAt().toLocalDate()
           toDate(received_at_value) AS received_on,
           -- RS: newReception = !received.isBefore(period.from())
           received_on >= from_date AS is_new_reception,
           -- RS: preExisting = received.isBefore(period.from())
           --     && (end == null || !end.toLocalDate().isBefore(period.from()))
           received_on < from_date AND (NOT has_end OR end_on >= from_date) AS is_pre_existing,
           -- RS: solved = end != null && !end.toLocalDate().isBefore(period.from())
           has_end AND end_on >= from_date AS is_solved,
           -- RS: solvedInTime = solved && (due == null || buckets.countsOnTime(endStatus)
           --     || !end.toLocalDate().isAfter(due.toLocalDate()))
           is_solved AND (NOT has_due OR has(on_time_statuses, end_status) OR end_on <= due_on)
               AS is_solved_in_time
    FROM (
        SELECT period_no,
               from_date,
               as_of,
               on_time_statuses,
               source_system,
               dossier_code,
               handling_org_code,
               channel,
               assumeNotNull(received_at) AS received_at_value,
               -- RS: known = events.filter(e -> e.occurredAt().isBefore(cutoff))  (events sorted by EVENT_ORDER)
               arrayFilter(e -> tupleElement(e, 1) < cutoff, events) AS known,
               -- RS: statusAsOf = known.isEmpty() ? record.status() : known.get(known.size() - 1).status()
               if(length(known) = 0, status, tupleElement(known[-1], 3)) AS status_as_of,
               -- RS: firstSolved = known.stream().filter(bucketOf(e.status()) == SOLVED).findFirst()
               arrayFilter(e -> has(solved_statuses, tupleElement(e, 3)), known) AS solved_known,
               length(solved_known) > 0 AS has_solved_event,
               -- RS: else if (bucketOf(record.status()) == SOLVED && record.finishedAt() != null
               --              && record.finishedAt().isBefore(cutoff)) end = record.finishedAt()
               has(solved_statuses, status) AND isNotNull(finished_at) AND assumeNotNull(finished_at) < cutoff
                   AS record_solved,
               has_solved_event OR record_solved AS has_end,
               toDate(if(has_solved_event, tupleElement(solved_known[1], 1), assumeNotNull(finished_at))) AS end_on,
               if(has_solved_event, tupleElement(solved_known[1], 3), status) AS end_status,
               -- RS: dueAsOf: changes.filter(completedAt != null && completedAt.isBefore(cutoff))
               --              .max(comparing(completedAt).thenComparingInt(roundNo)).map(dueAfter).orElse(originalDue)
               --     rounds are (completed_at, round_no, due_after, has_due_after, requested_at), completed_at 0 = none
               arraySort(arrayFilter(r -> tupleElement(r, 1) != toDateTime(0, 'UTC') AND tupleElement(r, 1) < cutoff,
                                     rounds)) AS completed_rounds,
               length(completed_rounds) > 0 AND tupleElement(completed_rounds[-1], 4) AS round_sets_due,
               round_sets_due OR isNotNull(due_at) AS has_due,
               toDate(if(round_sets_due, tupleElement(completed_rounds[-1], 3), assumeNotNull(due_at))) AS due_on,
               -- RS: openSupplementRequest: requestedAt.isBefore(cutoff)
               --     && (completedAt == null || !completedAt.isBefore(cutoff)), the latest requestedAt
               arrayMap(r -> tupleElement(r, 5),
                        arrayFilter(r -> tupleElement(r, 5) < cutoff
                                         AND (tupleElement(r, 1) = toDateTime(0, 'UTC') OR tupleElement(r, 1) >= cutoff),
                                    rounds)) AS open_requests,
               length(open_requests) > 0 AS has_open_request,
               arrayReduce('max', open_requests) AS open_request
        FROM (
            SELECT *
            FROM (
                SELECT *
                FROM (
                    SELECT source_system, dossier_code, handling_org_code, channel, received_at, status,
                           finished_at, due_at
                    FROM dossier
                    -- RS: if (record.originalDossierCode() != null) return empty  (counted at the original, §6)
                    WHERE original_dossier_code IS NULL AND received_at IS NOT NULL
                ) AS dossier_in_play
                ALL LEFT JOIN (
                    SELECT source_system, dossier_code,
                           -- RS: EVENT_ORDER = comparing(occurredAt).thenComparing(eventId)
                           arraySort(groupArray((occurred_at, event_id, status))) AS events
                    FROM dossier_event
                    GROUP BY source_system, dossier_code
                ) AS dossier_events USING (source_system, dossier_code)
            ) AS dossier_with_events
            ALL LEFT JOIN (
                SELECT source_system, dossier_code,
                       groupArray((ifNull(completed_at, toDateTime(0, 'UTC')), round_no,
                                   ifNull(due_after, toDateTime(0, 'UTC')), isNotNull(due_after), requested_at))
                           AS rounds
                FROM dossier_supplement
                GROUP BY source_system, dossier_code
            ) AS dossier_rounds USING (source_system, dossier_code)
        ) AS dossier_history
        CROSS JOIN (
            SELECT *
            FROM ({periods}) AS period_row
            -- RS: buckets = ruleSet.statusBuckets()  (the versioned mapping is a table, not ifs)
            ALL INNER JOIN (
                SELECT rule_set,
                       groupArray(status_code) AS mapped_statuses,
                       groupArrayIf(status_code, bucket = 'SOLVED') AS solved_statuses,
                       groupArrayIf(status_code, counts_on_time = 1) AS on_time_statuses,
                       groupArrayIf(status_code, bucket = 'NOT_RECEIVED') AS not_received_statuses
                FROM status_bucket
                GROUP BY rule_set
            ) AS rule_set_buckets USING (rule_set)
        ) AS period_buckets
        -- RS: if (record.receivedAt() == null || !record.receivedAt().isBefore(cutoff)) return empty
        WHERE received_at_value < cutoff
          -- a status outside the rule set's mapping plays no part (the Spark SQL joins the mapping)
          AND has(mapped_statuses, status) AND has(mapped_statuses, status_as_of)
          -- RS: if (buckets.bucketOf(statusAsOf) == StatusBucket.NOT_RECEIVED) return empty
          AND NOT has(not_received_statuses, status_as_of)
    )
    -- RS: if (!newReception && !preExisting) return empty
    WHERE is_new_reception OR is_pre_existing
)
