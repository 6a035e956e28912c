package org.tthc.warehouse.delta;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;

import java.util.List;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The Delta tables of the warehouse: where each lives under the warehouse root, its schema and its partition
 * columns. Every timestamp is TIMESTAMP_NTZ: a local date-time of Asia/Ho_Chi_Minh, never converted between zones.
 * Inside the warehouse's Spark session each table is also a temporary view of the same name, so SQL reads
 * {@code FROM dossier}.
 */
public enum WarehouseTable {
    /** One row per (source_system, dossier_code): the newest version of the dossier (statistics-rules §8). */
    DOSSIER("silver/dossier", Schemas.DOSSIER, List.of("received_month")),
    /** The supplement rounds of each stored dossier with the due date each leaves ({@code SupplementDueDates}). */
    DOSSIER_SUPPLEMENT("silver/dossier_supplement", Schemas.DOSSIER_SUPPLEMENT, List.of()),
    /** Processing events, one row per (source_system, event_id). */
    DOSSIER_EVENT("silver/dossier_event", Schemas.DOSSIER_EVENT, List.of("occurred_month")),
    /**
     * The applicant of each dossier as keyed hashes (HMAC-SHA-256) of the ID number, phone and email, one row per
     * (source_system, dossier_code): analysts count distinct applicants, nobody reads the values. Kept apart from
     * {@code dossier} so that the statistics tables hold nothing personal (docs/decisions.md).
     */
    APPLICANT("silver/applicant", Schemas.APPLICANT, List.of()),
    /**
     * Applicants' ratings of dossiers (statistics-rules §9, reference.md §7 {@code fact_rating}), one row per
     * (source_system, dossier_code): the overall level and the Circular 01/2018 indicator scores. Nothing personal.
     */
    RATING("silver/rating", Schemas.RATING, List.of()),
    /** Metadata of the documents handed in with dossiers, one row per (source_system, document_id); no content. */
    DOCUMENT("silver/document", Schemas.DOCUMENT, List.of()),
    /** Every SCD2 version of every organisation, one row per (code, valid_from). */
    ORG("silver/org", Schemas.ORG, List.of()),
    /** The succession crosswalk: merges, splits and renames, one row per (predecessor, successor, effective date). */
    ORG_SUCCESSION("silver/org_succession", Schemas.ORG_SUCCESSION, List.of()),
    /** Every handling organisation code of a stored dossier: the codes the statistics' roll-up must cover. */
    HANDLING_ORG_CODE("silver/handling_org_code", Schemas.HANDLING_ORG_CODE, List.of()),
    /** The versioned status-to-bucket mapping ({@code StatusBuckets.allRows()}). */
    STATUS_BUCKET("silver/status_bucket", Schemas.STATUS_BUCKET, List.of()),
    /** Rejected input records with the reason and the raw payload: nothing is dropped. */
    QUARANTINE("quarantine", Schemas.QUARANTINE, List.of()),
    /** The procedure catalogue ({@code procedures.json}): one row per procedure code, the latest one loaded. */
    PROCEDURE("silver/procedure", Schemas.PROCEDURE, List.of()),
    /** Every day of 2015–2035 as {@code WorkingCalendar.vietnam()} sees it: WORKING, WEEKEND or HOLIDAY. */
    CALENDAR_DAY("silver/calendar_day", Schemas.CALENDAR_DAY, List.of()),
    /** One row per data-quality check per run (after each load, or for a period on demand); append-only. */
    QUALITY_RESULT("gold/quality_result", Schemas.QUALITY_RESULT, List.of("scope")),
    /** Operators' overrides of error findings that would stop a period's packet or report; append-only. */
    QUALITY_OVERRIDE("gold/quality_override", Schemas.QUALITY_OVERRIDE, List.of()),
    /**
     * Gold: the statistics of each period, view and organisation ({@code GoldStatistics}), with the rule set and the
     * Delta version of every silver table they were computed from. A recompute replaces a period's rows whole.
     */
    PERIOD_STATISTICS("gold/period_statistics", Schemas.PERIOD_STATISTICS, List.of("period_key")),
    /**
     * Gold: the satisfaction index of each period, view and organisation ({@code GoldRatings}): the counts behind it,
     * the shares, indicator averages, score and grade, with the Delta versions read. A recompute replaces a period's
     * rows whole.
     */
    RATING_INDEX("gold/rating_index", Schemas.RATING_INDEX, List.of("period_key"));

    private final String relativePath;
    private final StructType schema;
    private final List<String> partitionColumns;

    WarehouseTable(String relativePath, StructType schema, List<String> partitionColumns) {
        this.relativePath = relativePath;
        this.schema = schema;
        this.partitionColumns = partitionColumns;
    }

    /** The table's name, also the name of its view in the warehouse's Spark session. */
    public String tableName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String relativePath() {
        return relativePath;
    }

    public StructType schema() {
        return schema;
    }

    public List<String> partitionColumns() {
        return partitionColumns;
    }

    /** The schemas, kept apart so the enum constants read as a list of tables. */
    static final class Schemas {
        static final DataType SUPPLEMENT_ROUND = new StructType()
                .add("requested_at", TimestampNTZType)
                .add("completed_at", TimestampNTZType)
                .add("previous_due_at", TimestampNTZType)
                .add("new_due_at", TimestampNTZType);

        static final StructType DOSSIER = new StructType()
                .add("source_system", StringType, false)
                .add("dossier_code", StringType, false)
                .add("procedure_code", StringType)
                .add("procedure_name", StringType)
                .add("sector_code", StringType)
                .add("sector_name", StringType)
                .add("channel", IntegerType)
                .add("applicant_type", IntegerType)
                .add("summary", StringType)
                .add("handling_org_code", StringType)
                .add("handling_org_name", StringType)
                .add("received_at", TimestampNTZType)
                .add("due_at", TimestampNTZType)
                .add("status", IntegerType, false)
                .add("finished_at", TimestampNTZType)
                .add("returned_at", TimestampNTZType)
                .add("supplements", new ArrayType(SUPPLEMENT_ROUND, true))
                .add("original_dossier_code", StringType)
                .add("source_updated_at", TimestampNTZType)
                // DossierVersions.ORDER: (source update time, latest record time), missing values first
                .add("version_updated_at", TimestampNTZType)
                .add("version_record_time", TimestampNTZType)
                // SHA-256 of every record field: an identical re-send is recognised without comparing columns
                .add("content_hash", StringType, false)
                .add("batch_id", StringType, false)
                .add("received_month", StringType, false)
                // Kept, flagged (ingestion issue): the handling organisation / procedure code is in no version of
                // the catalogue the warehouse held when this version was loaded; null on rows loaded before the flag
                .add("org_unknown", BooleanType)
                .add("procedure_unknown", BooleanType);

        static final StructType DOSSIER_SUPPLEMENT = new StructType()
                .add("source_system", StringType, false)
                .add("dossier_code", StringType, false)
                .add("round_no", IntegerType, false)
                .add("requested_at", TimestampNTZType, false)
                .add("completed_at", TimestampNTZType)
                .add("due_after", TimestampNTZType);

        static final StructType DOSSIER_EVENT = new StructType()
                .add("source_system", StringType, false)
                .add("dossier_code", StringType, false)
                .add("event_id", StringType, false)
                .add("occurred_at", TimestampNTZType, false)
                .add("status", IntegerType, false)
                .add("handler", StringType)
                .add("handler_title", StringType)
                .add("department", StringType)
                .add("content", StringType)
                .add("step_started_at", TimestampNTZType)
                .add("step_due_at", TimestampNTZType)
                .add("batch_id", StringType, false)
                .add("occurred_month", StringType, false);

        static final StructType APPLICANT = new StructType()
                .add("source_system", StringType, false)
                .add("dossier_code", StringType, false)
                .add("id_number_hash", StringType)
                .add("phone_hash", StringType)
                .add("email_hash", StringType)
                .add("batch_id", StringType, false);

        static final StructType RATING = new StructType()
                .add("source_system", StringType, false)
                .add("dossier_code", StringType, false)
                .add("handling_org_code", StringType)
                .add("rated_at", TimestampNTZType, false)
                // RatingLevel.code(): 1 very satisfied, 2 satisfied, 3 not satisfied
                .add("overall", IntegerType, false)
                // Circular 01/2018 indicators collected from the applicant, 0..2, null when not answered
                .add("indicator_1", IntegerType)
                .add("indicator_3", IntegerType)
                .add("indicator_4", IntegerType)
                .add("indicator_7", IntegerType)
                .add("version_updated_at", TimestampNTZType)
                .add("batch_id", StringType, false);

        static final StructType DOCUMENT = new StructType()
                .add("source_system", StringType, false)
                .add("dossier_code", StringType, false)
                .add("document_id", StringType, false)
                .add("component_code", StringType)
                .add("size_bytes", LongType, false)
                .add("sha256", StringType, false)
                .add("digitised", BooleanType, false)
                .add("uploaded_at", TimestampNTZType)
                .add("version_updated_at", TimestampNTZType)
                .add("batch_id", StringType, false);

        static final StructType ORG = new StructType()
                .add("code", StringType, false)
                .add("name", StringType, false)
                .add("level", IntegerType, false)
                .add("kind", StringType, false)
                .add("parent_code", StringType)
                .add("valid_from", DateType)
                .add("valid_to", DateType)
                .add("code_scheme", StringType, false);

        static final StructType ORG_SUCCESSION = new StructType()
                .add("predecessor_code", StringType, false)
                .add("successor_code", StringType, false)
                .add("effective_date", DateType, false)
                .add("kind", StringType, false)
                // the successor that takes the predecessor's dossiers (one per predecessor and date)
                .add("is_primary", BooleanType, false);

        static final StructType HANDLING_ORG_CODE = new StructType()
                .add("org_code", StringType, false);

        static final StructType STATUS_BUCKET = new StructType()
                .add("rule_set", StringType, false)
                .add("status_code", IntegerType, false)
                .add("bucket", StringType, false)
                .add("counts_on_time", BooleanType, false);

        static final StructType QUARANTINE = new StructType()
                .add("source_system", StringType)
                .add("location", StringType)
                .add("position", LongType, false)
                .add("record_key", StringType)
                .add("field", StringType)
                .add("reason", StringType, false)
                .add("raw_payload", StringType)
                .add("payload_sha256", StringType, false)
                .add("batch_id", StringType, false)
                .add("quarantined_at", TimestampNTZType, false)
                // set when a retry (./tthc quarantine retry) ingested the record; the row is kept, never deleted
                .add("resolved_at", TimestampNTZType)
                .add("resolved_by_run", StringType);

        static final StructType PROCEDURE = new StructType()
                .add("code", StringType, false)
                .add("name", StringType, false)
                // MucDo: 2 information and forms only, 3 submitted online, 4 submitted and paid online
                .add("online_service_level", IntegerType, false)
                .add("processing_time", IntegerType, false)
                // WORKING_DAYS or WORKING_HOURS
                .add("processing_time_unit", StringType, false);

        static final StructType CALENDAR_DAY = new StructType()
                .add("day", DateType, false)
                // WORKING, WEEKEND or HOLIDAY (a holiday on a weekend is a WEEKEND)
                .add("day_kind", StringType, false);

        static final StructType QUALITY_RESULT = new StructType()
                .add("run_id", StringType, false)
                // "all" (the whole warehouse) or a period as Period.toString(): 2025-10, 2025-Q4, 2025, …
                .add("scope", StringType, false)
                .add("period_from", DateType)
                .add("period_to", DateType)
                .add("check_id", StringType, false)
                .add("severity", StringType, false)
                // null when the check failed to run; then failure says why
                .add("affected", LongType)
                .add("samples", new ArrayType(StringType, true), false)
                .add("failure", StringType)
                // spark or clickhouse
                .add("engine", StringType, false)
                // the ingest batch whose load triggered the run; null for runs on demand
                .add("batch_id", StringType)
                .add("computed_at", TimestampNTZType, false);

        static final StructType QUALITY_OVERRIDE = new StructType()
                .add("period", StringType, false)
                .add("period_from", DateType, false)
                .add("period_to", DateType, false)
                .add("check_id", StringType, false)
                // the finding's count when overridden: a later, larger count is refused again
                .add("affected", LongType, false)
                .add("operator", StringType, false)
                .add("reason", StringType, false)
                .add("overridden_at", TimestampNTZType, false);

        static final StructType PERIOD_STATISTICS = new StructType()
                // Period.toString(): 2025-01, 2025-Q1, 2025, 2025-01-01..2025-01-15
                .add("period_key", StringType, false)
                .add("period_kind", StringType, false)
                .add("period_from", DateType, false)
                .add("period_to", DateType, false)
                // OrganisationView.externalName(): as-reported, restated
                .add("view", StringType, false)
                .add("org_code", StringType, false)
                .add("total", LongType, false)
                .add("pre_existing", LongType, false)
                .add("new_reception", LongType, false)
                .add("new_reception_online", LongType, false)
                .add("total_solved", LongType, false)
                .add("solved_in_time", LongType, false)
                .add("solved_ahead_of_time", LongType, false)
                .add("solved_late", LongType, false)
                .add("total_pending", LongType, false)
                .add("pending_late", LongType, false)
                .add("rule_set", StringType, false)
                // the day the period is evaluated as of, and the "today" it was computed on (the restated view's day)
                .add("as_of", DateType, false)
                .add("computed_on", DateType, false)
                .add("computed_at", TimestampNTZType, false)
                // JSON object: silver table name -> the Delta version read, e.g. {"dossier":12,"org":3,…}
                .add("source_versions", StringType, false);

        /** One decimal: shares up to 100.0, averages and scores. */
        private static final DataType ONE_DECIMAL = createDecimalType(4, 1);

        static final StructType RATING_INDEX = new StructType()
                .add("period_key", StringType, false)
                .add("period_kind", StringType, false)
                .add("period_from", DateType, false)
                .add("period_to", DateType, false)
                .add("view", StringType, false)
                .add("org_code", StringType, false)
                // RatingLevel: the ratings per overall answer and their MVotes shares (summing to exactly 100.0)
                .add("very_satisfied", LongType, false)
                .add("satisfied", LongType, false)
                .add("not_satisfied", LongType, false)
                .add("very_satisfied_share", ONE_DECIMAL, false)
                .add("satisfied_share", ONE_DECIMAL, false)
                .add("not_satisfied_share", ONE_DECIMAL, false)
                // Circular 01/2018 indicators 1, 3, 4, 7: dossiers evaluated, score sum, average (null: none evaluated)
                .add("evaluated_1", LongType, false)
                .add("score_sum_1", LongType, false)
                .add("average_1", ONE_DECIMAL)
                .add("evaluated_3", LongType, false)
                .add("score_sum_3", LongType, false)
                .add("average_3", ONE_DECIMAL)
                .add("evaluated_4", LongType, false)
                .add("score_sum_4", LongType, false)
                .add("average_4", ONE_DECIMAL)
                .add("evaluated_7", LongType, false)
                .add("score_sum_7", LongType, false)
                .add("average_7", ONE_DECIMAL)
                // the evaluation score (sum of the averages) and its grade under the configured thresholds; null: none
                .add("total", ONE_DECIMAL)
                .add("grade", StringType)
                .add("as_of", DateType, false)
                .add("computed_on", DateType, false)
                .add("computed_at", TimestampNTZType, false)
                .add("source_versions", StringType, false);

        private Schemas() {
        }
    }
}
