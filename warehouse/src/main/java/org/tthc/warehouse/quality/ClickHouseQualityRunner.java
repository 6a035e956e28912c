package org.tthc.warehouse.quality;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.tthc.warehouse.clickhouse.ClickHouseEngine;

/** Runs checks on a ClickHouse engine (a server over JDBC, or chDB in-process) over its mirror of the tables. */
public final class ClickHouseQualityRunner extends SqlQualityRunner {
    private final ClickHouseEngine engine;

    public ClickHouseQualityRunner(ClickHouseEngine engine) {
        this.engine = engine;
    }

    @Override
    public SqlEngine engine() {
        return SqlEngine.CLICKHOUSE;
    }

    @Override
    public String date(LocalDate day) {
        return "toDate('" + day + "')";
    }

    /**
     * The columns are DateTime('UTC') holding local wall-clock times, so the literal is read in UTC as well: a
     * literal without a zone would be read in the server's zone and compare instants hours apart.
     */
    @Override
    public String timestamp(LocalDateTime time) {
        return "toDateTime('" + SparkQualityRunner.TIMESTAMP.format(time) + "', 'UTC')";
    }

    @Override
    long queryAffected(String summarySql) {
        return engine.query(summarySql, row -> row.getLong("affected")).get(0);
    }

    /**
     * Every value is turned into text by ClickHouse itself (toString keeps NULL), so reading needs no knowledge of
     * the column types. The outer names are new ({@code q_0}, …): reusing a column's name as the alias of an
     * expression over it is a cyclic alias to some ClickHouse versions.
     */
    @Override
    List<List<String>> queryRows(String detailsSql, List<String> columns) {
        List<String> outer = IntStream.range(0, columns.size())
                .mapToObj(i -> "toString(" + columns.get(i) + ") AS q_" + i)
                .toList();
        String sql = "SELECT " + String.join(", ", outer) + "\nFROM (\n" + detailsSql + "\n) AS details";
        return engine.query(sql, row -> {
            List<String> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                values.add(row.getString("q_" + i));
            }
            return values;
        });
    }
}
