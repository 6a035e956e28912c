package org.tthc.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.tthc.api.bench.BenchRunner.Outcome;

/**
 * The results of one harness run: a table for the terminal and a JSON file under {@code bench/results/}. The ratio
 * of a benchmark is its baseline's median ÷ its own median (a speed-up), measured in the same run.
 */
public final class BenchReport {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, Object> context;

    public BenchReport(List<Outcome> outcomes, Map<String, Object> context) {
        outcomes.forEach(o -> this.outcomes.put(o.benchmark().name(), o));
        this.context = context;
    }

    /** Baseline median ÷ this median, when both were measured. */
    public Optional<Double> ratio(Outcome outcome) {
        String baseline = outcome.benchmark().baseline();
        if (baseline == null || !outcome.measured()) {
            return Optional.empty();
        }
        Outcome base = outcomes.get(baseline);
        if (base == null || !base.measured()) {
            return Optional.empty();
        }
        return Optional.of(base.measurement().median() / outcome.measurement().median());
    }

    /**
     * "met" or "missed" (the ratio against the goal, or the median against the limit), "baseline", "no goal",
     * "no baseline", or "failed".
     */
    public String status(Outcome outcome) {
        if (!outcome.measured()) {
            return "failed";
        }
        double limit = outcome.benchmark().limitSeconds();
        if (!Double.isNaN(limit)) {
            return outcome.measurement().median() <= limit ? "met" : "missed";
        }
        double goal = outcome.benchmark().goal();
        if (Double.isNaN(goal)) {
            return outcome.benchmark().baseline() == null ? "baseline" : "no goal";
        }
        return ratio(outcome).map(r -> r >= goal ? "met" : "missed").orElse("no baseline");
    }

    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "median", "min", "max", "runs", "baseline", "ratio", "goal", "status",
                "detail"});
        for (Outcome o : outcomes.values()) {
            Benchmark b = o.benchmark();
            Measurement m = o.measurement();
            rows.add(new String[] {
                    b.name(),
                    m == null ? "-" : fmt(m.median()),
                    m == null ? "-" : fmt(m.min()),
                    m == null ? "-" : fmt(m.max()),
                    m == null ? "0" : Integer.toString(m.seconds().size()),
                    b.baseline() == null ? "-" : b.baseline(),
                    ratio(o).map(r -> String.format(Locale.ROOT, r >= 10 ? "%.1f×" : "%.3g×", r)).orElse("-"),
                    goal(b),
                    status(o),
                    m == null ? "error: " + o.error() : (m.detail() == null ? "" : m.detail())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                boolean numeric = i >= 1 && i <= 4;
                String cell = numeric ? " ".repeat(widths[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(widths[i] - row[i].length());
                text.append(cell).append(i + 1 < row.length ? "  " : "");
            }
            text.append(System.lineSeparator());
        }
        return text.toString().replaceAll(" +" + System.lineSeparator(), System.lineSeparator());
    }

    /** Writes the JSON file into {@code folder} and returns its path. */
    public Path writeJson(Path folder, Instant finished) {
        Map<String, Object> json = new LinkedHashMap<>(context);
        json.put("finished", finished.toString());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Outcome o : outcomes.values()) {
            Map<String, Object> r = new LinkedHashMap<>();
            Benchmark b = o.benchmark();
            r.put("name", b.name());
            r.put("description", b.description());
            if (o.measured()) {
                Measurement m = o.measurement();
                r.put("median_s", m.median());
                r.put("min_s", m.min());
                r.put("max_s", m.max());
                r.put("runs_s", m.seconds());
                r.put("detail", m.detail());
            } else {
                r.put("error", o.error());
            }
            r.put("baseline", b.baseline());
            ratio(o).ifPresent(ratio -> r.put("ratio", ratio));
            r.put("goal", Double.isNaN(b.goal()) ? null : b.goal());
            r.put("limit_s", Double.isNaN(b.limitSeconds()) ? null : b.limitSeconds());
            r.put("status", status(o));
            results.add(r);
        }
        json.put("results", results);
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(FILE_TIME.format(finished) + "-" + context.getOrDefault("tier", "bench") + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String goal(Benchmark b) {
        if (!Double.isNaN(b.limitSeconds())) {
            return "≤ " + fmt(b.limitSeconds());
        }
        return Double.isNaN(b.goal()) ? "-" : String.format(Locale.ROOT, "≥ %s×", trim(b.goal()));
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
