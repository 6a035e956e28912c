package org.tthc.ingestion.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.portal.db.Tables.DOCUMENTS;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;
import static org.tthc.portal.db.Tables.RATINGS;
import static org.tthc.portal.db.Tables.SUPPLEMENT_ROUNDS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Row;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.ingestion.ledger.RunStatus;
import org.tthc.ingestion.ledger.TestSpark;
import org.tthc.portal.database.ChangeTracking;
import org.tthc.portal.database.PortalFixtures;
import org.tthc.portal.database.TestDatabase;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The portal pull end to end, on H2 and on the throwaway PostgreSQL: portal-lite rows into the Delta tables, then
 * only what changed, corrections propagating, stale updates ignored, and a pull with nothing new changing nothing.
 */
class PortalPullTest {
    private static final String ID_NUMBER = "079301000111";
    private static final String PHONE = "0912345678";
    private static final String EMAIL = "hoa.nguyen@example.vn";
    private static final LocalDateTime DAY = LocalDateTime.of(2025, 3, 3, 8, 0);
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path work;

    private DSLContext portal;
    private DeltaWarehouse warehouse;
    private final ApplicantHasher hasher = new ApplicantHasher(new byte[32]);

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void pullsPortalRowsIntoDeltaThenOnlyChangesWithCorrectionsAndNeverStaleOnes(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.open(kind, work)) {
            portal = database.database().dsl();
            warehouse = EmptyWarehouses.create(TestSpark.session(), work.resolve("warehouse"), Clock.systemUTC());
            PortalFixtures.insertCatalogue(portal);
            long finished = dossier("H38.13-250303-0001", 10, DAY.plusDays(2));
            long processing = dossier("H38.13-250303-0002", 4, null);
            long bad = dossier("H38.13-250303-0003", 9, DAY.minusDays(1));
            event(finished, 4, DAY.plusHours(1));
            event(finished, 9, DAY.plusDays(2));
            supplementRound(processing, DAY.plusHours(3));
            rating(finished, 1, 2);
            document(finished);

            PortalPullSummary first = pull();

            assertThat(first.fromWatermark()).isZero();
            assertThat(first.toWatermark()).isEqualTo(maxChangeSeq());
            assertThat(first.dossiers()).isEqualTo(2);
            assertThat(first.events()).isEqualTo(2);
            assertThat(first.ratings()).isEqualTo(1);
            assertThat(first.documents()).isEqualTo(1);
            assertThat(codes(WarehouseTable.DOSSIER)).containsExactly("H38.13-250303-0001", "H38.13-250303-0002");
            Row storedRating = warehouse.table(WarehouseTable.RATING).first();
            assertThat(storedRating.<String>getAs("dossier_code")).isEqualTo("H38.13-250303-0001");
            assertThat(storedRating.<String>getAs("handling_org_code")).isEqualTo(PortalFixtures.JUSTICE);
            assertThat(storedRating.<Integer>getAs("overall")).isEqualTo(1);
            assertThat(storedRating.<Integer>getAs("indicator_1")).isEqualTo(2);
            assertThat(storedRating.<Integer>getAs("indicator_3")).isNull();
            Row storedDocument = warehouse.table(WarehouseTable.DOCUMENT).first();
            assertThat(storedDocument.<String>getAs("component_code")).isEqualTo("TP01");
            assertThat(storedDocument.<Long>getAs("size_bytes")).isEqualTo(1234L);
            assertThat(storedDocument.<String>getAs("sha256")).isEqualTo(SHA);
            assertThat(storedDocument.<Boolean>getAs("digitised")).isTrue();
            assertThat(warehouse.count(WarehouseTable.DOSSIER_SUPPLEMENT)).isEqualTo(1);
            Row quarantined = warehouse.table(WarehouseTable.QUARANTINE).first();
            assertThat(quarantined.<String>getAs("location")).isEqualTo("portal:dossiers");
            assertThat(quarantined.<Long>getAs("position")).isEqualTo(bad);
            assertThat(quarantined.<String>getAs("field")).isEqualTo("finished_at");
            assertThat(warehouse.count(WarehouseTable.APPLICANT)).isEqualTo(2);
            assertThat(personalValuesInClear()).isEmpty();

            // a correction and a new event: only they are read again
            portal.update(DOSSIERS).set(DOSSIERS.STATUS, (short) 9).set(DOSSIERS.FINISHED_AT, DAY.plusDays(1))
                    .set(DOSSIERS.UPDATED_AT, DSL.currentLocalDateTime())
                    .set(DOSSIERS.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                    .where(DOSSIERS.ID.eq(processing)).execute();
            event(processing, 9, DAY.plusDays(1));
            PortalPullSummary second = pull();

            assertThat(second.fromWatermark()).isEqualTo(first.toWatermark());
            assertThat(second.toWatermark()).isEqualTo(maxChangeSeq()).isGreaterThan(first.toWatermark());
            assertThat(second.dossiers()).isEqualTo(1);
            assertThat(second.events()).isEqualTo(1);
            assertThat(second.ratings() + second.documents() + second.quarantined()).isZero();
            assertThat(status("H38.13-250303-0002")).isEqualTo(9);
            assertThat(warehouse.count(WarehouseTable.DOSSIER_EVENT)).isEqualTo(3);

            // a stale update (an older update time, arriving later) never overwrites newer state
            portal.update(DOSSIERS).set(DOSSIERS.STATUS, (short) 4).set(DOSSIERS.FINISHED_AT, (LocalDateTime) null)
                    .set(DOSSIERS.UPDATED_AT, DAY.minusDays(10)).set(DOSSIERS.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                    .where(DOSSIERS.ID.eq(finished)).execute();
            PortalPullSummary stale = pull();
            assertThat(stale.dossiers()).isEqualTo(1);
            assertThat(stale.batch().dossiersUnchanged()).isEqualTo(1);
            assertThat(status("H38.13-250303-0001")).isEqualTo(10);

            // nothing changed: nothing read, no table touched
            var versions = warehouse.tableVersions();
            PortalPullSummary again = pull();
            assertThat(again.recordsRead()).isZero();
            assertThat(again.toWatermark()).isEqualTo(stale.toWatermark());
            assertThat(warehouse.tableVersions()).isEqualTo(versions);
            List<IngestRun> runs = new RunLedger(warehouse, Clock.systemUTC()).runs();
            assertThat(runs).hasSize(4).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(RunStatus.SUCCEEDED);
                assertThat(r.source()).isEqualTo("portal");
            });
            assertThat(runs.get(0).watermark()).isEqualTo(stale.toWatermark());
        }
    }

    private PortalPullSummary pull() {
        return new PortalPull(warehouse, portal, PortalPull.SOURCE_SYSTEM, Clock.systemUTC(), hasher, line -> { })
                .pull();
    }

    private long dossier(String code, int status, LocalDateTime finishedAt) {
        long procedure = portal.select(PROCEDURES.ID).from(PROCEDURES)
                .where(PROCEDURES.CODE.eq(PortalFixtures.THREE_DAY_PROCEDURE)).fetchSingle(PROCEDURES.ID);
        return portal.insertInto(DOSSIERS)
                .set(DOSSIERS.CODE, code)
                .set(DOSSIERS.PROCEDURE_ID, procedure)
                .set(DOSSIERS.HANDLING_ORG_CODE, PortalFixtures.JUSTICE)
                .set(DOSSIERS.CHANNEL, (short) 2)
                .set(DOSSIERS.APPLICANT_NAME, "Nguyễn Thị Hoa")
                .set(DOSSIERS.APPLICANT_ID_NUMBER, ID_NUMBER)
                .set(DOSSIERS.APPLICANT_PHONE, PHONE)
                .set(DOSSIERS.APPLICANT_EMAIL, EMAIL)
                .set(DOSSIERS.RECEIVED_AT, DAY)
                .set(DOSSIERS.DUE_AT, DAY.plusDays(3))
                .set(DOSSIERS.STATUS, (short) status)
                .set(DOSSIERS.FINISHED_AT, finishedAt)
                .returningResult(DOSSIERS.ID).fetchSingle(DOSSIERS.ID);
    }

    private void event(long dossier, int status, LocalDateTime at) {
        portal.insertInto(PROCESSING_EVENTS).set(PROCESSING_EVENTS.DOSSIER_ID, dossier)
                .set(PROCESSING_EVENTS.STEP, "Thẩm định").set(PROCESSING_EVENTS.ACTOR, "Cán bộ một cửa")
                .set(PROCESSING_EVENTS.STATUS, (short) status).set(PROCESSING_EVENTS.OCCURRED_AT, at).execute();
    }

    private void supplementRound(long dossier, LocalDateTime at) {
        portal.insertInto(SUPPLEMENT_ROUNDS).set(SUPPLEMENT_ROUNDS.DOSSIER_ID, dossier)
                .set(SUPPLEMENT_ROUNDS.REQUESTED_AT, at).set(SUPPLEMENT_ROUNDS.REASON, "Thiếu tờ khai").execute();
    }

    private void rating(long dossier, int overall, int indicator1) {
        portal.insertInto(RATINGS).set(RATINGS.DOSSIER_ID, dossier).set(RATINGS.OVERALL, (short) overall)
                .set(RATINGS.INDICATOR_1, (short) indicator1).set(RATINGS.RATED_AT, DAY.plusDays(3)).execute();
    }

    private void document(long dossier) {
        portal.insertInto(DOCUMENTS).set(DOCUMENTS.DOSSIER_ID, dossier).set(DOCUMENTS.NAME, "to-khai.pdf")
                .set(DOCUMENTS.COMPONENT_CODE, "TP01").set(DOCUMENTS.CONTENT_TYPE, "application/pdf")
                .set(DOCUMENTS.SIZE_BYTES, 1234L).set(DOCUMENTS.SHA256, SHA).set(DOCUMENTS.UPLOADED_AT, DAY)
                .execute();
    }

    private long maxChangeSeq() {
        return PortalRows.highWatermark(portal);
    }

    private List<String> codes(WarehouseTable table) {
        return warehouse.table(table).orderBy("dossier_code").collectAsList().stream()
                .map(r -> r.<String>getAs("dossier_code")).toList();
    }

    private int status(String code) {
        return warehouse.table(WarehouseTable.DOSSIER).where("dossier_code = '" + code + "'").first()
                .<Integer>getAs("status");
    }

    private List<String> personalValuesInClear() {
        List<String> found = new ArrayList<>();
        for (WarehouseTable table : WarehouseTable.values()) {
            for (Row row : warehouse.table(table).selectExpr("to_json(struct(*))").collectAsList()) {
                Arrays.asList(ID_NUMBER, PHONE, EMAIL, "Nguyễn Thị Hoa").stream()
                        .filter(row.getString(0)::contains).forEach(v -> found.add(table.tableName() + ": " + v));
            }
        }
        return found;
    }
}
