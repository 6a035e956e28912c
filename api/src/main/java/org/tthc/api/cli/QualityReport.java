package org.tthc.api.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tthc.warehouse.quality.CheckResult;
import org.tthc.warehouse.quality.CheckScope;
import org.tthc.warehouse.quality.DetailRows;
import org.tthc.warehouse.quality.GateDecision;
import org.tthc.warehouse.quality.QualityCheck;
import org.tthc.warehouse.quality.QualityChecks;
import org.tthc.warehouse.quality.QualityRun;

/** The text {@code tthc quality} prints: plain columns, wrapped explanations, for a terminal of 120 columns. */
final class QualityReport {
    private static final int TEXT_WIDTH = 64;
    private static final String NULL = "-";

    private QualityReport() {
    }

    /**
     * A row per check: id, severity, count, and what it means. A finding is explained in full with samples and
     * what to do; a check that found nothing shows its name.
     */
    static String results(QualityRun run, QualityChecks checks) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Data quality of %s: %d checks run by %s at %s (run %s)%n%n",
                run.scope().describe(), run.results().size(), run.engine().label(),
                run.computedAt().toString().replace('T', ' '), run.runId()));
        int idWidth = Math.max("CHECK".length(),
                run.results().stream().mapToInt(r -> r.checkId().length()).max().orElse(0));
        String format = "%-" + idWidth + "s  %-8s  %8s  %s%n";
        out.append(String.format(Locale.ROOT, format, "CHECK", "SEVERITY", "AFFECTED", "EXPLANATION"));
        String indent = " ".repeat(idWidth + 2 + 8 + 2 + 8 + 2);
        for (CheckResult result : run.results()) {
            List<String> text = explanation(result, checks);
            out.append(String.format(Locale.ROOT, format, result.checkId(), result.severity().label(),
                    result.failed() ? "FAILED" : result.affected(), text.get(0)));
            for (String line : text.subList(1, text.size())) {
                out.append(indent).append(line).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    static String gate(GateDecision decision) {
        String period = decision.period().toString();
        if (decision.allowed()) {
            return "Gate: " + decision.summary() + ". The national packet and the report pack may go out."
                    + System.lineSeparator();
        }
        return String.join(System.lineSeparator(),
                "Gate: " + decision.summary() + ".",
                "The national packet and the report pack of " + period + " must not go out. Fix the data, or "
                        + "override a finding with a reason:",
                "  ./tthc quality override --period " + period + " --check CHECK_ID --operator NAME --reason TEXT",
                "");
    }

    static String details(QualityCheck check, CheckScope scope, DetailRows details, int limit) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s (%s) in %s: %s%n", check.id(), check.severity().label(),
                scope.describe(), check.name()));
        List<String> columns = details.columns().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : details.rows()) {
                widths[i] = Math.max(widths[i], text(row.get(i)).length());
            }
        }
        appendRow(out, columns, widths);
        for (List<String> row : details.rows()) {
            appendRow(out, row, widths);
        }
        int n = details.rows().size();
        out.append(n == limit ? "(the first " + n + " rows; --limit N for more)" : "(" + n + (n == 1 ? " row)" : " rows)"))
                .append(System.lineSeparator());
        return out.toString();
    }

    private static List<String> explanation(CheckResult result, QualityChecks checks) {
        QualityCheck check = checks.all().stream().filter(c -> c.id().equals(result.checkId())).findFirst()
                .orElse(null);
        if (result.failed()) {
            return wrap("The check could not run: " + result.failure());
        }
        if (check == null) {
            return List.of("(a check no longer defined)");
        }
        if (!result.isFinding()) {
            return List.of(check.name());
        }
        List<String> lines = new ArrayList<>(wrap(check.explanation()));
        lines.addAll(wrap("E.g. " + String.join(", ", result.samples())
                + (result.affected() > result.samples().size() ? ", …" : "")
                + " (--details " + check.id() + " lists them)"));
        lines.addAll(wrap("What to do: " + check.recommendation()));
        return lines;
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > TEXT_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void appendRow(StringBuilder out, List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String value = text(values.get(i));
            line.append(value).append(" ".repeat(i == widths.length - 1 ? 0 : widths[i] - value.length() + 2));
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    private static String text(String value) {
        return value == null ? NULL : value;
    }
}
