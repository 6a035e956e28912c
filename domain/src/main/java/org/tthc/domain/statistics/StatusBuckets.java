package org.tthc.domain.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.tthc.domain.dossier.StatusCode;

/**
 * The versioned status-to-bucket mapping (table {@code status_bucket}), read from data, one row per rule set and
 * status code. Engines load the same rows into their own table.
 */
public final class StatusBuckets {
    private static final String RESOURCE = "/org/tthc/domain/statistics/status-bucket.csv";

    /** One row of {@code status_bucket}. */
    public record Row(String ruleSet, int statusCode, StatusBucket bucket, boolean countsOnTime) {
    }

    private final String ruleSet;
    private final Row[] byCode = new Row[StatusCode.values().length + 1];

    private StatusBuckets(String ruleSet, List<Row> rows) {
        this.ruleSet = ruleSet;
        for (Row row : rows) {
            byCode[row.statusCode()] = row;
        }
        for (StatusCode status : StatusCode.values()) {
            if (byCode[status.code()] == null) {
                throw new IllegalStateException("rule set " + ruleSet + " maps no bucket for status " + status.code());
            }
        }
    }

    /** The mapping of a rule set, as shipped in the platform's data. */
    public static StatusBuckets of(String ruleSet) {
        List<Row> rows = allRows().stream().filter(r -> r.ruleSet().equals(ruleSet)).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no status buckets for rule set " + ruleSet);
        }
        return new StatusBuckets(ruleSet, rows);
    }

    /** Every row of every rule set: what the engines load into their {@code status_bucket} table. */
    public static List<Row> allRows() {
        try (InputStream in = StatusBuckets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] f = trimmed.split(",");
                rows.add(new Row(f[0], Integer.parseInt(f[1]), StatusBucket.valueOf(f[2]), Boolean.parseBoolean(f[3])));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String ruleSet() {
        return ruleSet;
    }

    public StatusBucket bucketOf(StatusCode status) {
        return byCode[status.code()].bucket();
    }

    /** Whether a dossier solved with this status counts as solved in time whatever its dates (withdrawal). */
    public boolean countsOnTime(StatusCode status) {
        return byCode[status.code()].countsOnTime();
    }
}
