package org.tthc.api.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.CountedField;
import org.tthc.warehouse.statistics.Explain;
import org.tthc.warehouse.statistics.ExplainedDossier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tthc explain}: the dossiers behind one number of a period's statistics. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Lists the dossiers counted in one field of an organisation's statistics of a period",
                "(with everything under it in the view), computed with Spark SQL: as many rows as the number",
                "`stats` gives. Fields: PreExtisting, NewReception, NewReceptionOnline, TotalSolved,",
                "SolvedInTime, SolvedAheadOfTime, SolvedLate, TotalPending, PendingLate."})
public final class ExplainCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--period", required = true,
            description = "YYYY-MM (month), YYYY (year), YYYY-Qn (quarter) or YYYY-MM-DD..YYYY-MM-DD.")
    String period;

    @Option(names = "--org", required = true, description = "Organisation code, e.g. 000.00.00.H99.")
    String org;

    @Option(names = "--field", required = true, description = "The packet field, e.g. SolvedLate.")
    String field;

    @Mixin
    ViewOption view;

    @Mixin
    TodayOption today;

    @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format must be table or csv, was '" + format + "'");
        }
        CountedField counted = CountedField.parse(field);
        LocalDate day = today.day();
        List<ExplainedDossier> dossiers = new Explain(warehouse.open())
                .dossiers(Period.parse(period), org, counted, day, view.parsed());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"source_system", "dossier_code", "handling_org_code", "received", "due", "end"});
        for (ExplainedDossier d : dossiers) {
            rows.add(new String[] {d.sourceSystem(), d.dossierCode(), d.handlingOrgCode(), text(d.received()),
                    text(d.due()), text(d.end())});
        }
        if (format.equals("csv")) {
            rows.forEach(row -> System.out.println(String.join(",", Arrays.stream(row)
                    .map(ExplainCommand::csv).toList())));
        } else {
            printTable(rows);
            System.out.println(dossiers.size() + " dossiers (" + counted.wireName() + " of " + org + ", " + period
                    + ", " + view.parsed().externalName() + ")");
        }
        return 0;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static void printTable(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row[i])).append(i + 1 < row.length ? "  " : "");
            }
            System.out.println(line.toString().stripTrailing());
        }
    }
}
