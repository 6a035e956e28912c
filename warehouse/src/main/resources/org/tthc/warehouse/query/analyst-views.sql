-- The analyst views: what `./tthc sql` and POST /api/query may read (docs/sql.md). Each view is a block:
--   -- view: NAME
--   -- one or more lines of description
--   SELECT … ;
-- The SELECTs read the silver tables as `silver.TABLE`; each engine puts its own location there (Spark: the
-- Delta path, ClickHouse: the mirrored database). Keep them in the SQL both Spark and ClickHouse 18.16 read:
-- plain column lists, no functions. Personal data never appears here except as keyed hashes: the silver tables
-- hold none today (the reader drops applicants' ID, phone and e-mail); when the ingestion issue adds hashed
-- applicant columns, expose only those hashes.
--
-- TODO(ingestion issue: citizens' ratings): add `rating` when the ratings table lands in silver.
-- TODO(gold period_statistics table, being built): add `period_statistics` over the gold table.
-- Not a view on purpose: `quarantine` (raw payloads may hold personal data), `dossier_supplement`,
-- `handling_org_code`, `status_bucket` (internal to the statistics).

-- view: dossier
-- One row per dossier (source_system, dossier_code): its newest version, without the warehouse's internal
-- bookkeeping (content hash, batch, version keys). status is the national status code; times are local times
-- of Asia/Ho_Chi_Minh; received_month is YYYY-MM of received_at.
SELECT source_system, dossier_code, procedure_code, procedure_name, sector_code, sector_name, channel,
       applicant_type, summary, handling_org_code, handling_org_name, received_at, due_at, status, finished_at,
       returned_at, original_dossier_code, source_updated_at, received_month
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
