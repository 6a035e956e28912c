package org.tthc.warehouse.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SharedSpark;

/** The PostgreSQL copy holds exactly the Delta rows, keyed and indexed, and a new copy replaces the old one. */
class PostgresMirrorTest {
    private static final String AWKWARD = "Cấp \"giấy\" phép, xây dựng;\nnhà ở \\ riêng lẻ";
    private static PostgresTestDatabase postgres;

    @TempDir
    Path root;

    @BeforeAll
    static void createDatabase() {
        postgres = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void copyHoldsTheDeltaRowsWithTheirNullsTextAndTimesUnchanged() throws SQLException {
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        ingest(warehouse, "batch-1", List.of(dossier("H-1", AWKWARD, LocalDateTime.of(2025, 3, 4, 16, 59, 59)),
                dossier("H-2", null, LocalDateTime.of(2025, 3, 5, 8, 0))));
        List<String> messages = new ArrayList<>();

        long copied = new PostgresMirror(warehouse, postgres.dataSource(), messages::add).mirrorAll();

        long inDelta = 0;
        for (WarehouseTable table : PostgresSchema.MIRRORED) {
            assertThat(count(table.tableName())).as(table.tableName()).isEqualTo(warehouse.count(table));
            inDelta += warehouse.count(table);
        }
        assertThat(copied).isEqualTo(inDelta);
        assertThat(messages).anySatisfy(message -> assertThat(message).startsWith("postgres: dossier 2 rows"));
        assertThat(strings("SELECT coalesce(procedure_name, '<null>') || '|' || coalesce(sector_name, '<null>') || '|'"
                + " || coalesce(summary, '<null>') || '|' || received_at FROM dossier ORDER BY dossier_code"))
                .containsExactly(AWKWARD + "|<null>||2025-03-04 16:59:59", "<null>|<null>||2025-03-05 08:00:00");
        assertThat(strings("SELECT status || ' ' || requested_at || ' ' || coalesce(completed_at::text, '-')"
                + " FROM dossier_event JOIN dossier_supplement USING (source_system, dossier_code)"
                + " WHERE dossier_code = 'H-1'"))
                .containsExactly("4 2025-03-05 09:00:00 -");
    }

    @Test
    void tablesHaveTheirKeysAndIndexesAndAReloadReplacesThem() throws SQLException {
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        ingest(warehouse, "batch-1", List.of(dossier("H-1", "first", LocalDateTime.of(2025, 3, 4, 9, 0))));
        Map<WarehouseTable, Long> firstVersions = warehouse.tableVersions();
        ingest(warehouse, "batch-2", List.of(dossier("H-2", "second", LocalDateTime.of(2025, 3, 5, 9, 0))));
        PostgresMirror mirror = new PostgresMirror(warehouse, postgres.dataSource(), message -> { });

        mirror.mirrorAll();
        mirror.mirrorAll();
        assertThat(count("dossier")).isEqualTo(2);
        try (TableSnapshot first = warehouse.pin(firstVersions)) {
            mirror.mirrorAll(first);
        }
        assertThat(count("dossier")).as("the pinned versions' rows").isEqualTo(1);

        assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename IN ('dossier', 'dossier_event')"
                + " ORDER BY indexname"))
                .containsExactly("dossier_event_dossier_idx", "dossier_event_occurred_at_idx",
                        "dossier_event_pkey", "dossier_handling_org_code_idx", "dossier_pkey",
                        "dossier_received_at_idx");
        assertThat(strings("SELECT relname FROM pg_stat_user_tables WHERE relname = 'dossier'"
                + " AND last_analyze IS NOT NULL")).containsExactly("dossier");
    }

    private static DossierRecord dossier(String code, String procedureName, LocalDateTime receivedAt) {
        LocalDateTime requested = receivedAt.withHour(9).withMinute(0).withSecond(0).withNano(0).plusDays(1);
        return new DossierRecord("dvc-test", code, "1.000001", procedureName, "S01", null, Channel.ONLINE,
                ApplicantType.CITIZEN, "", "000.00.12.H01", "UBND", receivedAt, receivedAt.plusDays(10),
                StatusCode.PROCESSING, null, null, List.of(new SupplementRound(requested, null, null, null)), null,
                receivedAt);
    }

    private static void ingest(DeltaWarehouse warehouse, String batchId, List<DossierRecord> records) {
        IngestBatch batch = warehouse.openBatch(batchId);
        batch.addDossiers(records);
        batch.addEvents(records.stream().map(r -> new DossierEvent(r.sourceSystem(), r.dossierCode(),
                "e-" + r.dossierCode(), r.receivedAt().plusHours(1), StatusCode.PROCESSING, null, null, null, null,
                null, null)).toList());
        batch.commit();
    }

    private static long count(String table) throws SQLException {
        return Long.parseLong(strings("SELECT count(*) FROM " + table).get(0));
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = postgres.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}
