-- The analyst views: what `./tthc sql` and POST /api/query may read (docs/sql.md). Each view is a block:
--   -- view: NAME
--   -- one or more lines of description
--   SELECT … ;
-- The SELECTs read the warehouse tables as `silver.TABLE` or `gold.TABLE`; each engine puts its own location there
-- (Spark: the Delta path, ClickHouse: the mirrored database). Keep them in the SQL both Spark and ClickHouse 18.16 read:
-- plain column lists, no functions. Personal data never appears here except as keyed hashes: the silver tables
-- hold none but `applicant`'s keyed hashes of the applicants' ID, phone and e-mail (silver/applicant).
-- TODO(ingestion issue): an `applicant` view over those hashes needs the table in the ClickHouse mirror first.
--
-- Not a view on purpose: `quarantine` (raw payloads may hold personal data), `dossier_supplement`,
-- `handling_org_code`, `status_bucket` (internal to the statistics).

-- view: dossier
-- One row per dossier (source_system, dossier_code): its newest version, without the warehouse's internal
-- bookkeeping (content hash, batch, version keys). status is the national status code; times are local times
-- of Asia/Ho_Chi_Minh; received_month is YYYY-MM of received_at. org_unknown / procedure_unknown: kept but
-- flagged at ingestion, the handling organisation / procedure code was in no version of the catalogue then
-- (null: loaded before the flag existed).
SELECT source_system, dossier_code, procedure_code, procedure_name, sector_code, sector_name, channel,
       applicant_type, summary, handling_org_code, handling_org_name, received_at, due_at, status, finished_at,
       returned_at, original_dossier_code, source_updated_at, received_month, org_unknown, procedure_unknown
FROM silver.dossier;

-- view: event
-- Processing steps and status changes of the dossiers, one row per (source_system, event_id); join to dossier
-- on (source_system, dossier_code). occurred_month is YYYY-MM of occurred_at.
SELECT source_system, dossier_code, event_id, occurred_at, status, handler, handler_title, department, content,
       step_started_at, step_due_at, occurred_month
FROM silver.dossier_event;

-- view: org
-- Every version of every organisation (SCD2): valid from valid_from up to, not including, valid_to (null: still
-- valid). level 1 is a province or ministry; code_scheme tells the code system the code belongs to.
SELECT code, name, level, kind, parent_code, valid_from, valid_to, code_scheme
FROM silver.org;

-- view: org_succession
-- Merges, splits and renames: predecessor_code continues as successor_code from effective_date; is_primary marks
-- the successor that takes over the predecessor's dossiers. With org, this gives both organisation views:
-- as reported at a date, and restated to today's organisations.
SELECT predecessor_code, successor_code, effective_date, kind, is_primary
FROM silver.org_succession;

-- view: period_statistics
-- The published statistics: one row per (period_key, view, org_code), as the last recompute of the period stored
-- them in gold. period_key is the period as written on the command line (2025-10, 2025-Q4, 2025,
-- 2025-01-01..2025-01-15), period_kind its kind, period_from and period_to its first and last day; view is
-- as-reported or restated. The counts are those of the MStatistic packet; rule_set is the rule set they were
-- counted under, as_of the day the period was evaluated as of, computed_on the day it was computed on, computed_at
-- when, and source_versions the Delta version of each silver table read (JSON), so every number can be re-derived.
SELECT period_key, period_kind, period_from, period_to, view, org_code, total, pre_existing, new_reception,
       new_reception_online, total_solved, solved_in_time, solved_ahead_of_time, solved_late, total_pending,
       pending_late, rule_set, as_of, computed_on, computed_at, source_versions
FROM gold.period_statistics;

-- view: rating
-- Applicants' ratings of dossiers, one row per rated dossier (source_system, dossier_code): its newest version; join
-- to dossier on (source_system, dossier_code) for the procedure and dates of the dossier. handling_org_code is the
-- organisation rated; rated_at when the applicant answered (local time of Asia/Ho_Chi_Minh); overall the answer
-- (1 very satisfied, 2 satisfied, 3 not satisfied); indicator_1, indicator_3, indicator_4, indicator_7 the Circular
-- 01/2018 scores given (0 to 2; null when not answered): 1 total handling time, 3 contacts needed to complete the
-- dossier, 4 organisations contacted, 7 the officers' attitude; source_updated_at when the source last changed the
-- rating. Nothing personal: the applicant is known only through the dossier.
SELECT source_system, dossier_code, handling_org_code, rated_at, overall, indicator_1, indicator_3, indicator_4,
       indicator_7, version_updated_at AS source_updated_at
FROM silver.rating;
