package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.tthc.domain.period.Period;
import org.tthc.reports.ReportPack;
import org.tthc.reports.data.SparkReportData;
import org.tthc.reports.output.ReportFiles;
import org.tthc.reports.render.ReportFormat;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.quality.GateDecision;
import org.tthc.warehouse.quality.QualityGate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tthc report}: the monthly report pack of a period — form 06, the late dossiers, the overview, satisfaction,
 * the Decision 766 service index — rendered
 * into versioned files; the paths written on stdout, one a line.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders the report pack of a period with JasperReports: form 06 (Biểu số 06/VPCP/KSTT),",
                "the late dossiers, the one-page overview, satisfaction (ratings, Circular 01/2018 indicators,",
                "grade) and the Decision 766 service index, for one organisation (--org) or for every level-1",
                "organisation with dossiers in the period, as reported. Files are named",
                "{org code}_{report}_{period}_v{n}.{ext}; rendering again writes v{n+1} and keeps the old ones.",
                "Numbers come from gold period_statistics when the period was recomputed, else are computed as",
                "`stats` does. Standard output lists the files written."})
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--period", required = true,
            description = "YYYY-MM (month), YYYY (year), YYYY-Qn (quarter) or YYYY-MM-DD..YYYY-MM-DD.")
    String period;

    @Option(names = "--org", description = "Organisation code, e.g. 000.00.00.H99 (default: every level-1 organisation).")
    String org;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "./reports-out")
    Path out;

    @Option(names = "--format", description = "Comma-separated: pdf, xlsx, csv (default: ${DEFAULT-VALUE}).",
            defaultValue = "pdf,xlsx,csv")
    String format;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() {
        Period parsed = Period.parse(period);
        List<ReportFormat> formats = ReportFormat.parseList(format);
        Clock clock = today.clock();
        DeltaWarehouse store = warehouse.open();
        long started = System.nanoTime();
        List<ReportPack.Written> written = new ReportPack(new SparkReportData(store, clock))
                .progress(line -> System.err.println("report: " + line))
                .render(parsed, Optional.ofNullable(org), today.day(), formats, new ReportFiles(out));
        written.forEach(w -> System.out.println(w.file()));
        System.err.printf("report: %d files in %.1f s%n", written.size(), (System.nanoTime() - started) / 1e9);
        GateDecision gate = QualityGate.spark(store, clock).check(parsed);
        if (!gate.allowed()) {
            System.err.println("warning: quality gate: " + gate.summary() + ". These reports must not be filed until "
                    + "the findings are fixed or overridden: ./tthc quality --period " + parsed);
        }
        return 0;
    }
}
