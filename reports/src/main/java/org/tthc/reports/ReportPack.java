package org.tthc.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import net.sf.jasperreports.engine.JasperPrint;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.SectorStatistics;
import org.tthc.reports.data.ReportData;
import org.tthc.reports.form06.Form06Report;
import org.tthc.reports.late.LateDossiersReport;
import org.tthc.reports.output.ReportFiles;
import org.tthc.reports.overview.OverviewReport;
import org.tthc.reports.satisfaction.SatisfactionReport;
import org.tthc.reports.serviceindex.ServiceIndexReport;
import org.tthc.reports.render.ReportFormat;
import org.tthc.reports.render.ReportRenderer;
import org.tthc.reports.render.ReportTemplates;
import org.tthc.warehouse.serviceindex.ServiceIndexModel;

/**
 * Renders the monthly pack — form 06, the late dossiers, the overview, satisfaction, the service index — for a period: for one organisation, or for
 * every level-1 organisation with dossiers in the period, in the formats asked for, into versioned files.
 */
public final class ReportPack {
    private final ReportData data;
    private final ReportRenderer renderer;
    private final WorkingCalendar calendar;
    private final RatingGrades grades;
    private final ServiceIndexModel serviceIndex;
    private Consumer<String> progress = line -> { };

    public ReportPack(ReportData data) {
        this(data, new ReportRenderer(ReportTemplates.shared()), WorkingCalendar.vietnam(), RatingGrades.DEFAULT,
                ServiceIndexModel.bundled());
    }

    public ReportPack(ReportData data, ReportRenderer renderer, WorkingCalendar calendar, RatingGrades grades,
                      ServiceIndexModel serviceIndex) {
        this.data = data;
        this.renderer = renderer;
        this.calendar = calendar;
        this.grades = grades;
        this.serviceIndex = serviceIndex;
    }

    /** Where a line goes after each report is rendered in its formats ({@code ORG form06 (i/n)}); none by default. */
    public ReportPack progress(Consumer<String> lines) {
        this.progress = lines;
        return this;
    }

    /** One written file. */
    public record Written(String orgCode, ReportKind report, ReportFormat format, int version, Path file) {
    }

    /** Renders every report of the pack; returns the files written, in order. */
    public List<Written> render(Period period, Optional<String> orgCode, LocalDate today, List<ReportFormat> formats,
                                ReportFiles files) {
        return render(period, orgCode, today, List.of(ReportKind.values()), formats, files);
    }

    /** Renders {@code kinds} of the pack; returns the files written, in order. */
    public List<Written> render(Period period, Optional<String> orgCode, LocalDate today, List<ReportKind> kinds,
                                List<ReportFormat> formats, ReportFiles files) {
        return render(contexts(period, orgCode, today), kinds, formats, files);
    }

    /**
     * Renders {@code kinds} for each of {@code contexts} (from {@link #contexts}); returns the files written. They are
     * rendered into a {@link ReportFiles.Batch} and appear under their names together once the last is rendered: when
     * rendering fails, or the process dies, none does.
     */
    public List<Written> render(List<ReportContext> contexts, List<ReportKind> kinds, List<ReportFormat> formats,
                                ReportFiles files) {
        List<Written> written = new ArrayList<>();
        try (ReportFiles.Batch batch = files.batch()) {
            int reports = contexts.size() * kinds.size();
            for (ReportContext context : contexts) {
                String org = context.orgCode();
                Period period = context.period();
                for (ReportKind kind : kinds) {
                    JasperPrint print = fill(kind, context);
                    int version = files.nextVersion(org, kind.fileName(), period.toString());
                    for (ReportFormat format : formats) {
                        Path file = files.path(org, kind.fileName(), period.toString(), version, format.extension());
                        renderer.export(print, format, batch.stage(file));
                        written.add(new Written(org, kind, format, version, file));
                    }
                    progress.accept("%s %s (%d/%d)".formatted(org, kind.fileName(),
                            written.size() / formats.size(), reports));
                }
            }
            batch.publish();
        }
        return written;
    }

    /**
     * The report jobs of a period: one per organisation asked for, or per level-1 organisation with dossiers in the
     * period; the statistics and satisfaction index of the period and the trend months are read once (one Spark job
     * each) and shared, and so is the period's split by sector, read when form 06 first needs it. Fails when there
     * is nothing to report: no dossier in play in the period.
     */
    public List<ReportContext> contexts(Period period, Optional<String> orgCode, LocalDate today) {
        List<Period> periods = new ArrayList<>(OverviewReport.months(period));
        if (!periods.contains(period)) {
            periods.add(period);
        }
        Map<Period, Map<String, PeriodStatistics>> history = data.statistics(periods, today);
        Map<Period, Map<String, RatingStatistics>> ratingHistory = data.ratings(periods, today);
        Map<String, PeriodStatistics> statistics = history.getOrDefault(period, Map.of());
        List<String> organisations = orgCode.map(List::of).orElseGet(() -> levelOne(statistics, period, today));
        if (organisations.isEmpty()) {
            throw new NothingToReportException(period, null);
        }
        Supplier<List<SectorStatistics>> sectors = once(() ->
                data.sectorStatistics(List.of(period), today).getOrDefault(period, List.of()));
        List<ReportContext> contexts = new ArrayList<>();
        for (String org : organisations) {
            if (!statistics.containsKey(org) && !data.catalogue().contains(org)) {
                throw new IllegalArgumentException("unknown organisation " + org
                        + ": it is not in the catalogue and counts no dossier in " + period);
            }
            contexts.add(new ReportContext(org, period, today, statistics, history, ratingHistory, data, sectors));
        }
        return contexts;
    }

    /** {@code read} on the first call, its answer on every call; only form 06 needs the sector split. */
    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    /** Fills one report of the pack. */
    public JasperPrint fill(ReportKind kind, ReportContext context) {
        return switch (kind) {
            case FORM06 -> Form06Report.fill(context, renderer);
            case LATE_DOSSIERS -> LateDossiersReport.fill(context, renderer, calendar);
            case OVERVIEW -> OverviewReport.fill(context, renderer);
            case SATISFACTION -> SatisfactionReport.fill(context, renderer, grades);
            case SERVICE_INDEX -> ServiceIndexReport.fill(context, renderer, serviceIndex);
        };
    }

    private List<String> levelOne(Map<String, PeriodStatistics> statistics, Period period, LocalDate today) {
        OrganisationCatalogue catalogue = data.catalogue();
        LocalDate day = period.asOfDate(today);
        return statistics.keySet().stream().filter(code -> catalogue.rollUp(code, day).equals(List.of(code)))
                .sorted().toList();
    }
}
