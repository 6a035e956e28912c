package org.tthc.ingestion.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.PROCEDURES;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.ingestion.ledger.RunStatus;
import org.tthc.ingestion.ledger.TestSpark;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.database.PortalDatabaseSettings;
import org.tthc.portal.database.PortalFixtures;
import org.tthc.warehouse.PrivateServer;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The portal's PostgreSQL crashes (immediate shutdown) in the middle of a pull and comes back (reliability issue): the
 * pull fails with an error naming the database and the driver's reason, is recorded as failed, commits no watermark and nothing half-read; the warehouse keeps
 * answering meanwhile; once the database is back, the next pull with the same connection pool reads everything, once.
 * The server is a {@link PrivateServer}, not the tests' shared one.
 */
class PortalPullOutageTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2025, 3, 3, 8, 0);
    private static final int DOSSIERS_IN_PORTAL = 40;

    @TempDir
    static Path work;
    private static PrivateServer server;

    @BeforeAll
    static void startPrivateServer() {
        server = PrivateServer.start(PrivateServer.Kind.POSTGRESQL);
    }

    @AfterAll
    static void stopPrivateServer() {
        server.close();
    }

    @Test
    void aDatabaseCrashMidPullFailsTheRunCommitsNothingAndTheNextPullReadsEverythingOnce() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
        try (PortalDatabase portal = PortalDatabase.open(new PortalDatabaseSettings(url, "postgres", ""))) {
            PortalFixtures.insertCatalogue(portal.dsl());
            long procedure = portal.dsl().select(PROCEDURES.ID).from(PROCEDURES)
                    .where(PROCEDURES.CODE.eq(PortalFixtures.THREE_DAY_PROCEDURE)).fetchSingle(PROCEDURES.ID);
            List<String> codes = IntStream.rangeClosed(1, DOSSIERS_IN_PORTAL)
                    .mapToObj(i -> String.format("H38.13-250303-%04d", i)).toList();
            for (String code : codes) {
                portal.dsl().insertInto(DOSSIERS).set(DOSSIERS.CODE, code).set(DOSSIERS.PROCEDURE_ID, procedure)
                        .set(DOSSIERS.HANDLING_ORG_CODE, PortalFixtures.JUSTICE).set(DOSSIERS.CHANNEL, (short) 2)
                        .set(DOSSIERS.APPLICANT_NAME, "Nguyễn Thị Hoa").set(DOSSIERS.RECEIVED_AT, DAY)
                        .set(DOSSIERS.DUE_AT, DAY.plusDays(3)).set(DOSSIERS.STATUS, (short) 4).execute();
            }
            DeltaWarehouse warehouse = EmptyWarehouses.create(TestSpark.session(), work.resolve("warehouse"),
                    Clock.systemUTC());
            ApplicantHasher hasher = new ApplicantHasher(new byte[32]);

            PortalPull crashing = new PortalPull(warehouse, portal.dsl(), PortalPull.SOURCE_SYSTEM, Clock.systemUTC(),
                    hasher, line -> {
                        if (line.startsWith("portal: reading changes")) { // the rows are about to be read
                            server.kill();
                        }
                    });
            assertThatThrownBy(crashing::pull)
                    .hasMessageStartingWith("the portal database at " + url + " failed during the pull: ")
                    .hasMessageEndingWith("; nothing was committed, the next pull starts again after change 0")
                    .hasMessageNotContaining("select ");

            RunLedger ledger = new RunLedger(warehouse, Clock.systemUTC());
            assertThat(ledger.runs()).singleElement().satisfies(run -> assertThat(run.status())
                    .isEqualTo(RunStatus.FAILED));
            assertThat(ledger.watermark(PortalPull.SOURCE_SYSTEM)).isEmpty();
            // the warehouse does not depend on the portal's database
            assertThat(warehouse.count(WarehouseTable.DOSSIER)).isZero();

            server.restart();
            PortalPullSummary recovered = new PortalPull(warehouse, portal.dsl(), PortalPull.SOURCE_SYSTEM,
                    Clock.systemUTC(), hasher, line -> { }).pull();

            assertThat(recovered.fromWatermark()).isZero();
            assertThat(recovered.dossiers()).isEqualTo(DOSSIERS_IN_PORTAL);
            assertThat(warehouse.table(WarehouseTable.DOSSIER).select("dossier_code").collectAsList().stream()
                    .map(r -> r.getString(0)).sorted().toList()).isEqualTo(codes);
            assertThat(ledger.runs()).extracting(IngestRun::status)
                    .containsExactly(RunStatus.SUCCEEDED, RunStatus.FAILED);
        }
    }
}
