package org.tthc.api.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.reports.ReportContext;
import org.tthc.reports.ReportKind;
import org.tthc.reports.ReportPack;
import org.tthc.reports.data.SparkReportData;
import org.tthc.reports.output.ReportFiles;
import org.tthc.reports.render.ReportFormat;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * The monthly report pack of the tier's last month (performance issue: the pack of one province ≤ 10 s, a
 * per-organisation PDF p95 ≤ 300 ms), rendered from the Delta tables by Spark and JasperReports into a scratch folder.
 */
public final class ReportBenchmarks {
    public static final String PACK = "report-pack";
    public static final String ORGANISATION_PDF = "report-org-pdf";
    private static final List<ReportFormat> PACK_FORMATS = List.of(ReportFormat.PDF, ReportFormat.XLSX);
    private static final List<ReportKind> KINDS = List.of(ReportKind.values());
    /** What the smoke renders: enough to prove the benchmarks run, in seconds rather than minutes. */
    private static final List<ReportKind> SMOKE_KINDS = List.of(ReportKind.FORM06);
    private static final int SMOKE_ORGANISATIONS = 2;

    private ReportBenchmarks() {
    }

    /**
     * The whole pack as {@code ./tthc report --period P} renders it: every level-1 organisation's five reports in PDF
     * and XLSX. Each run reads afresh (a new report data source: no statistics kept from the run before). The smoke
     * renders form 06 only.
     */
    public static Benchmark pack(BenchData data, DeltaWarehouse delta, boolean smoke) {
        Period period = lastMonth(data);
        List<ReportKind> kinds = smoke ? SMOKE_KINDS : KINDS;
        Path folder = data.scratch().resolve(PACK);
        return new Benchmark() {
            @Override
            public String name() {
                return PACK;
            }

            @Override
            public String description() {
                return "the monthly report pack of " + period + " (every level-1 organisation, " + kinds.size()
                        + " report(s), PDF + XLSX)";
            }

            @Override
            public double limitSeconds() {
                return 10;
            }

            @Override
            public void beforeEachRun() throws Exception {
                IngestBenchmarks.delete(folder);
            }

            @Override
            public String run() {
                List<ReportPack.Written> written = new ReportPack(new SparkReportData(delta, Clock.systemUTC()))
                        .render(period, Optional.empty(), data.today(), kinds, PACK_FORMATS, new ReportFiles(folder));
                long bytes = written.stream().mapToLong(w -> size(w.file())).sum();
                return String.format(Locale.ROOT, "%d files, %,d KiB, %d organisation(s)", written.size(),
                        bytes / 1024, written.stream().map(ReportPack.Written::orgCode).distinct().count());
            }
        };
    }

    /**
     * One organisation's five reports in PDF, for every level-1 and level-2 organisation with dossiers in the month,
     * from the month's data read once in the set-up and shared, as the pack and the API share it (statistics, trend,
     * satisfaction, sector split, every organisation's late dossiers). A run renders every organisation and its value
     * is the p95 of their times. The smoke renders form 06 of two organisations.
     */
    public static Benchmark organisationPdf(BenchData data, DeltaWarehouse delta, int runs, boolean smoke) {
        Period period = lastMonth(data);
        List<ReportKind> kinds = smoke ? SMOKE_KINDS : KINDS;
        Path folder = data.scratch().resolve(ORGANISATION_PDF);
        return new Benchmark() {
            private ReportPack pack;
            private List<ReportContext> contexts;

            @Override
            public String name() {
                return ORGANISATION_PDF;
            }

            @Override
            public String description() {
                return "one organisation's " + kinds.size() + " report(s) of " + period + " in PDF, each level-1 and"
                        + " level-2 organisation (p95)";
            }

            @Override
            public double limitSeconds() {
                return 0.300;
            }

            @Override
            public void setUp() {
                SparkReportData source = new SparkReportData(delta, Clock.systemUTC());
                pack = new ReportPack(source);
                LocalDate today = data.today();
                // the month's data read once and shared, as the pack shares it between its organisations
                ReportContext month = pack.contexts(period, Optional.empty(), today).get(0);
                // read on first use and kept: here, not inside the first organisation's time
                month.sectorStatistics();
                month.lateDossiers();
                OrganisationCatalogue catalogue = source.catalogue();
                LocalDate day = period.asOfDate(today);
                contexts = new ArrayList<>();
                for (String org : month.statistics().keySet().stream().sorted().toList()) {
                    int level = catalogue.versionOn(org, day).map(Organisation::level).orElse(0);
                    if ((level == 1 || level == 2) && !(smoke && contexts.size() == SMOKE_ORGANISATIONS)) {
                        contexts.add(new ReportContext(org, period, today, month.statistics(), month.history(),
                                month.ratingHistory(), source, month.sectors()));
                    }
                }
            }

            @Override
            public String run() {
                throw new UnsupportedOperationException(ORGANISATION_PDF + " times each organisation (computed)");
            }

            @Override
            public Measurement computed() throws Exception {
                List<Double> p95s = new ArrayList<>();
                String detail = null;
                for (int r = 0; r < runs; r++) {
                    IngestBenchmarks.delete(folder);
                    ReportFiles files = new ReportFiles(folder);
                    double[] seconds = new double[contexts.size()];
                    for (int i = 0; i < contexts.size(); i++) {
                        long start = System.nanoTime();
                        pack.render(List.of(contexts.get(i)), kinds, List.of(ReportFormat.PDF), files);
                        seconds[i] = (System.nanoTime() - start) / 1e9;
                    }
                    Arrays.sort(seconds);
                    double p95 = Measurement.percentile(seconds, 0.95);
                    p95s.add(p95);
                    detail = String.format(Locale.ROOT, "%d organisations, p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                            seconds.length, Measurement.percentile(seconds, 0.50) * 1e3, p95 * 1e3,
                            seconds[seconds.length - 1] * 1e3);
                }
                return new Measurement(ORGANISATION_PDF, p95s, detail);
            }
        };
    }

    /** The last whole month of the tier's data. */
    private static Period lastMonth(BenchData data) {
        YearMonth last = data.config().from().plusMonths(data.tier().months() - 1L);
        return Period.month(last.getYear(), last.getMonthValue());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
