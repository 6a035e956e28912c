package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * What every {@link ClickHouseEngine} must do, run against each engine by a subclass: the server over JDBC
 * (ClickHouse 18.16 here) and chDB in-process (ClickHouse 26.7). The SQL is written once and must run on both.
 */
abstract class ClickHouseEngineContract {
    private static final List<String> DOSSIER_COLUMNS = List.of("id", "code", "note", "step_count", "size_bytes",
            "on_time", "received_on", "received_at", "finished_at");

    /** The engine under test; owned by the subclass, which closes it. */
    abstract ClickHouseEngine engine();

    /** A table name of this test, distinct per engine kind so runs never see each other's tables. */
    abstract String table(String name);

    @Test
    void everyColumnTypeComesBackAsItWasWritten() {
        String table = createDossierTable("round_trip");
        List<Dossier> written = List.of(
                new Dossier(1, "H01.01-250101-0001", null, 0, 0L, false, LocalDate.of(2025, 1, 1),
                        LocalDateTime.of(2025, 1, 1, 0, 0, 0), null),
                new Dossier(2, "Giấy chứng nhận quyền sử dụng đất — Đắk Lắk", "Hồ sơ đã được tiếp nhận; chờ bổ sung",
                        -7, Long.MAX_VALUE, true, LocalDate.of(2025, 1, 31),
                        LocalDateTime.of(2025, 1, 31, 23, 59, 59), LocalDateTime.of(2025, 2, 1, 7, 30, 0)),
                new Dossier(3, "tab\there", "line one\nline two\r\nline three", Integer.MIN_VALUE, Long.MIN_VALUE,
                        true, LocalDate.of(2025, 2, 28), LocalDateTime.of(2025, 2, 28, 12, 0, 1),
                        LocalDateTime.of(2025, 3, 1, 0, 0, 0)),
                new Dossier(4, "back\\slash \\N \\t", "quotes ' \" ` and emoji 🇻🇳", Integer.MAX_VALUE, 42L, false,
                        LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 3, 4, 5), null),
                new Dossier(5, "", "\\N", 1, 1L, false, LocalDate.of(2025, 3, 9),
                        LocalDateTime.of(2025, 3, 9, 2, 30, 0), LocalDateTime.of(2025, 11, 2, 1, 30, 0)));

        long sent = engine().insert(table, DOSSIER_COLUMNS, written.stream().map(Dossier::values).iterator());

        assertThat(sent).isEqualTo(written.size());
        assertThat(engine().query("SELECT * FROM " + table + " ORDER BY id", Dossier::read))
                .containsExactlyElementsOf(written);
    }

    /**
     * Checked inside ClickHouse, not by reading back: a zone conversion applied on the way in and undone on the way out
     * would pass a round trip while storing shifted times. The JVM runs in America/Bahia_Banderas (parent pom).
     */
    @Test
    void dateTimesAreStoredAsTheWallClockTimesGiven() {
        String table = createDossierTable("wall_clock");
        LocalDateTime receivedAt = LocalDateTime.of(2025, 10, 26, 1, 30, 0);
        engine().insert(table, DOSSIER_COLUMNS, List.<Object[]>of(new Dossier(1, "c", null, 0, 0L, true,
                receivedAt.toLocalDate(), receivedAt, null).values()).iterator());

        List<String> stored = engine().query("SELECT toString(received_at) AS text, toUnixTimestamp(received_at) AS"
                + " seconds, toString(received_on) AS day FROM " + table,
                row -> row.getString("text") + " " + row.getLong("seconds") + " " + row.getString("day"));

        assertThat(stored).containsExactly(
                "2025-10-26 01:30:00 " + receivedAt.toEpochSecond(ZoneOffset.UTC) + " 2025-10-26");
    }

    @Test
    void aFailedStatementNamesTheEngineAndTheStatement() {
        assertThatThrownBy(() -> engine().execute("SELEC 1 FROM nowhere"))
                .isInstanceOf(ClickHouseException.class)
                .hasMessageContaining(engine().description())
                .hasMessageContaining("SELEC 1 FROM nowhere");
        assertThatThrownBy(() -> engine().query("SELECT count() FROM " + table("no_such_table"), row -> row))
                .isInstanceOf(ClickHouseException.class)
                .hasMessageContaining(engine().description())
                .hasMessageContaining(table("no_such_table"));
        assertThatThrownBy(() -> engine().insert(table("no_such_table"), List.of("a"),
                List.<Object[]>of(new Object[] {1}).iterator()))
                .isInstanceOf(ClickHouseException.class)
                .hasMessageContaining(engine().description())
                .hasMessageContaining(table("no_such_table"));
    }

    @Test
    void aRowThatCannotBeEncodedFailsWithItsOwnReason() {
        String table = createDossierTable("bad_row");
        Object[] tooShort = {1L, "c"};

        assertThatThrownBy(() -> engine().insert(table, DOSSIER_COLUMNS, List.<Object[]>of(tooShort).iterator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 values for 9 columns");
    }

    @Test
    void replacePartitionSwapsOnePeriodAndLeavesTheOthers() {
        String current = createDossierTable("period_current");
        String staging = createDossierTable("period_staging");
        engine().insert(current, DOSSIER_COLUMNS, IntStream.rangeClosed(1, 6)
                .mapToObj(i -> dossierOfMonth(i, i <= 3 ? 1 : 2).values()).iterator());
        engine().insert(staging, DOSSIER_COLUMNS, IntStream.rangeClosed(7, 8)
                .mapToObj(i -> dossierOfMonth(i, 2).values()).iterator());

        engine().execute("ALTER TABLE " + current + " REPLACE PARTITION 202502 FROM " + staging);

        assertThat(engine().query("SELECT id FROM " + current + " ORDER BY id", row -> row.getLong("id")))
                .containsExactly(1L, 2L, 3L, 7L, 8L);
        assertThat(engine().query("SELECT count() AS n FROM " + staging, row -> row.getLong("n")))
                .containsExactly(2L);
    }

    @Test
    void emptyResultsAndEmptyInsertsAreFine() {
        String table = createDossierTable("empty");

        assertThat(engine().insert(table, DOSSIER_COLUMNS, List.<Object[]>of().iterator())).isZero();
        assertThat(engine().query("SELECT id FROM " + table, row -> row.getLong("id"))).isEmpty();
    }

    @Test
    void aMillionNarrowRowsLoadAndTheRateIsPrinted() {
        String table = table("million");
        engine().execute("DROP TABLE IF EXISTS " + table);
        engine().execute("CREATE TABLE " + table + " (id Int64, organisation String, received_on Date,"
                + " received_at DateTime('UTC'), on_time UInt8) ENGINE = MergeTree"
                + " PARTITION BY toYYYYMM(received_on) ORDER BY (organisation, id)");
        int rowCount = 1_000_000;
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 8, 0);
        Iterator<Object[]> rows = LongStream.range(0, rowCount).mapToObj(i -> new Object[] {
            i, "000.00." + (i % 97) + ".H01", start.toLocalDate().plusDays(i % 180), start.plusSeconds(i * 13),
            i % 5 != 0}).iterator();

        long began = System.nanoTime();
        long sent = engine().insert(table, List.of("id", "organisation", "received_on", "received_at", "on_time"), rows);
        double seconds = (System.nanoTime() - began) / 1e9;

        System.out.printf("%s: inserted %,d rows in %.2f s = %,.0f rows/s; resident memory %d MB%n",
                engine().description(), sent, seconds, sent / seconds, ResidentMemory.megabytes());
        assertThat(sent).isEqualTo(rowCount);
        assertThat(engine().query("SELECT count() AS n, sum(on_time) AS late, max(received_at) AS last FROM " + table,
                row -> row.getLong("n") + " " + row.getLong("late") + " " + row.getDateTime("last")))
                .containsExactly(rowCount + " " + rowCount * 4 / 5 + " " + start.plusSeconds((rowCount - 1) * 13L));
        engine().execute("DROP TABLE " + table);
    }

    private String createDossierTable(String name) {
        String table = table(name);
        engine().execute("DROP TABLE IF EXISTS " + table);
        engine().execute("""
                CREATE TABLE %s (
                    id Int64,
                    code String,
                    note Nullable(String),
                    step_count Int32,
                    size_bytes Int64,
                    on_time UInt8,
                    received_on Date,
                    received_at DateTime('UTC'),
                    finished_at Nullable(DateTime('UTC'))
                ) ENGINE = MergeTree
                PARTITION BY toYYYYMM(received_on)
                ORDER BY id""".formatted(table));
        return table;
    }

    private static Dossier dossierOfMonth(long id, int month) {
        LocalDateTime at = LocalDateTime.of(2025, month, (int) id, 9, 0);
        return new Dossier(id, "D-" + id, null, 1, id, true, at.toLocalDate(), at, null);
    }

    /** One row of the test table, in Java types. */
    record Dossier(long id, String code, String note, int stepCount, long sizeBytes, boolean onTime,
                   LocalDate receivedOn, LocalDateTime receivedAt, LocalDateTime finishedAt) {
        Object[] values() {
            return new Object[] {id, code, note, stepCount, sizeBytes, onTime, receivedOn, receivedAt, finishedAt};
        }

        static Dossier read(ClickHouseEngine.ResultRow row) {
            return new Dossier(row.getLong("id"), row.getString("code"), row.getString("note"),
                    row.getInt("step_count"), row.getLong("size_bytes"), row.getBoolean("on_time"),
                    row.getDate("received_on"), row.getDateTime("received_at"), row.getDateTime("finished_at"));
        }
    }
}
