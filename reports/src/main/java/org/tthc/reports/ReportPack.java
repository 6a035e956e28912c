package org.tthc.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.sf.jasperreports.engine.JasperPrint;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.reports.data.ReportData;
import org.tthc.reports.form06.Form06Report;
import org.tthc.reports.late.LateDossiersReport;
import org.tthc.reports.output.ReportFiles;
import org.tthc.reports.overview.OverviewReport;
import org.tthc.reports.render.ReportFormat;
import org.tthc.reports.render.ReportRenderer;
import org.tthc.reports.render.ReportTemplates;

/**
 * Renders the monthly pack — form 06, the late dossiers, the overview — for a period: for one organisation, or for
 * every level-1 organisation with dossiers in the period, in the formats asked for, into versioned files.
 */
public final class ReportPack {
    private final ReportData data;
    private final ReportRenderer renderer;
    private final WorkingCalendar calendar;

    public ReportPack(ReportData data) {
        this(data, new ReportRenderer(ReportTemplates.shared()), WorkingCalendar.vietnam());
    }

    public ReportPack(ReportData data, ReportRenderer renderer, WorkingCalendar calendar) {
        this.data = data;
        this.renderer = renderer;
        this.calendar = calendar;
    }

    /** One written file. */
    public record Written(String orgCode, ReportKind report, ReportFormat format, int version, Path file) {
    }

    /** Renders every report of the pack; returns the files written, in order. */
    public List<Written> render(Period period, Optional<String> orgCode, LocalDate today, List<ReportFormat> formats,
                                ReportFiles files) {
        // one statistics job for the period and the overview's months
        List<Period> periods = new ArrayList<>(OverviewReport.months(period));
        if (!periods.contains(period)) {
            periods.add(period);
        }
        Map<Period, Map<String, PeriodStatistics>> history = data.statistics(periods, today);
        Map<String, PeriodStatistics> statistics = history.getOrDefault(period, Map.of());
        List<String> organisations = orgCode.map(List::of).orElseGet(() -> levelOne(statistics, period, today));
        if (organisations.isEmpty()) {
            throw new IllegalStateException("no dossier is in play in " + period + ": there is nothing to report");
        }
        List<Written> written = new ArrayList<>();
        for (String org : organisations) {
            if (!statistics.containsKey(org) && !data.catalogue().contains(org)) {
                throw new IllegalArgumentException("unknown organisation " + org
                        + ": it is not in the catalogue and counts no dossier in " + period);
            }
            ReportContext context = new ReportContext(org, period, today, statistics, history, data);
            for (ReportKind kind : ReportKind.values()) {
                JasperPrint print = fill(kind, context);
                int version = files.nextVersion(org, kind.fileName(), period.toString());
                for (ReportFormat format : formats) {
                    Path file = files.path(org, kind.fileName(), period.toString(), version, format.extension());
                    renderer.export(print, format, file);
                    written.add(new Written(org, kind, format, version, file));
                }
            }
        }
        return written;
    }

    /** Fills one report of the pack. */
    public JasperPrint fill(ReportKind kind, ReportContext context) {
        return switch (kind) {
            case FORM06 -> Form06Report.fill(context, renderer);
            case LATE_DOSSIERS -> LateDossiersReport.fill(context, renderer, calendar);
            case OVERVIEW -> OverviewReport.fill(context, renderer);
        };
    }

    private List<String> levelOne(Map<String, PeriodStatistics> statistics, Period period, LocalDate today) {
        OrganisationCatalogue catalogue = data.catalogue();
        LocalDate day = period.asOfDate(today);
        return statistics.keySet().stream().filter(code -> catalogue.rollUp(code, day).equals(List.of(code)))
                .sorted().toList();
    }
}
