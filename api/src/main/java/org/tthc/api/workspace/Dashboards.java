package org.tthc.api.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.spark.sql.Row;
import org.tthc.api.security.DataScope;
import org.tthc.api.statistics.UnknownOrganisationException;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.Warehouse;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.statistics.SparkRatings;

/**
 * Builds the dashboard of twelve months for an organisation (docs/workspace.md): the headline and the drill-down
 * table as reported (the numbers the packets and reports gave), the monthly trend restated (today's structure, so a
 * reform does not break the line). The statistics come from the serving engine ({@link Warehouse}), the ratings
 * from Spark over Delta ({@link SparkRatings}); nothing is computed here but shares.
 */
public final class Dashboards {
    private static final int MONTHS = 12;

    private final Warehouse warehouse;
    private final SparkRatings ratings;
    private final DeltaWarehouse delta;
    private final Clock clock;

    public Dashboards(Warehouse warehouse, SparkRatings ratings, DeltaWarehouse delta, Clock clock) {
        this.warehouse = warehouse;
        this.ratings = ratings;
        this.delta = delta;
        this.clock = clock;
    }

    /** The month the default dashboard ends with: the latest month a dossier was received in, else this month. */
    public YearMonth latestMonth() {
        Row latest = delta.session().sql("SELECT max(received_month) FROM dossier").first();
        return latest.isNullAt(0) ? YearMonth.from(TthcTime.today(clock)) : YearMonth.parse(latest.getString(0));
    }

    /**
     * The dashboard of {@code orgCode} (the scope's organisation, else every level-1 organisation, when empty) for the
     * twelve months ending with {@code lastMonth}.
     *
     * @throws UnknownOrganisationException when the catalogue has no {@code orgCode}
     * @throws org.tthc.api.security.OutOfScopeException when {@code orgCode} is outside {@code scope}
     */
    public Dashboard dashboard(Optional<String> orgCode, YearMonth lastMonth, DataScope scope) {
        LocalDate today = TthcTime.today(clock);
        List<Period> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth month = lastMonth.minusMonths(i);
            months.add(Period.month(month.getYear(), month.getMonthValue()));
        }
        Period span = Period.custom(months.get(0).from(), lastMonth.atEndOfMonth());
        LocalDate day = OrganisationView.AS_REPORTED.attributionDay(span.asOfDate(today), today);
        OrganisationCatalogue catalogue = warehouse.catalogue();
        Optional<String> selected = orgCode.or(scope::orgCode);
        selected.ifPresent(code -> {
            if (!catalogue.contains(code)) {
                throw new UnknownOrganisationException(code);
            }
            scope.check(catalogue, code, day);
        });
        Map<String, PeriodStatistics> reported = warehouse.statistics(span, today, OrganisationView.AS_REPORTED);
        Map<String, RatingStatistics> rated = ratings.computeAll(List.of(span), today, OrganisationView.AS_REPORTED)
                .get(span);
        List<String> levelOne = reported.keySet().stream()
                .filter(code -> catalogue.rollUp(code, day).equals(List.of(code))).sorted().toList();
        if (selected.isEmpty() && levelOne.size() == 1) {
            selected = Optional.of(levelOne.get(0));
        }
        String ruleSet = RuleSet.inForceOn(span.to()).id();
        List<String> children = selected.map(code -> childrenOf(catalogue, code, day)).orElse(levelOne);
        List<Dashboard.Row> organisations = children.stream()
                .map(code -> row(catalogue, code, day, span, reported.getOrDefault(code,
                        PeriodStatistics.zero(code, span, ruleSet))))
                .toList();
        PeriodStatistics headline = selected.map(code -> reported.getOrDefault(code,
                        PeriodStatistics.zero(code, span, ruleSet)))
                .orElseGet(() -> sum(levelOne.stream().map(reported::get).toList(), span, ruleSet));
        List<RatingStatistics> ratingsCounted = selected.map(List::of).orElse(levelOne).stream().map(rated::get)
                .filter(Objects::nonNull).toList();
        long satisfied = ratingsCounted.stream().mapToLong(r -> r.verySatisfied() + r.satisfied()).sum();
        long ratingCount = ratingsCounted.stream().mapToLong(RatingStatistics::ratings).sum();

        Map<Period, Map<String, PeriodStatistics>> restated = warehouse.statistics(months, today,
                OrganisationView.RESTATED);
        List<Dashboard.Row> monthRows = new ArrayList<>();
        for (Period month : months) {
            Map<String, PeriodStatistics> byOrg = restated.get(month);
            String monthRuleSet = RuleSet.inForceOn(month.to()).id();
            PeriodStatistics statistics = selected.map(code -> byOrg.getOrDefault(code,
                            PeriodStatistics.zero(code, month, monthRuleSet)))
                    .orElseGet(() -> sum(byOrg.entrySet().stream()
                            .filter(e -> catalogue.rollUp(e.getKey(), today).equals(List.of(e.getKey())))
                            .map(Map.Entry::getValue).toList(), month, monthRuleSet));
            monthRows.add(new Dashboard.Row(statistics.orgCode(), month.toString(), month.toString(), statistics));
        }
        Dashboard.Row organisation = selected.map(code -> row(catalogue, code, day, span, headline)).orElse(null);
        return new Dashboard(organisation, path(catalogue, selected, day, scope, span), span.toString(), headline,
                satisfied, ratingCount, monthRows, organisations, chart(monthRows), warehouse.engine());
    }

    /** The organisations whose version on {@code day} has {@code code} as parent, by code. */
    private static List<String> childrenOf(OrganisationCatalogue catalogue, String code, LocalDate day) {
        return catalogue.versions().stream().filter(o -> o.isValidOn(day) && code.equals(o.parentCode()))
                .map(Organisation::code).distinct().sorted().toList();
    }

    /** From the top the user may see (their scope's organisation, else the level-1 one) down to {@code selected}. */
    private static List<Dashboard.Row> path(OrganisationCatalogue catalogue, Optional<String> selected,
                                            LocalDate day, DataScope scope, Period span) {
        if (selected.isEmpty()) {
            return List.of();
        }
        List<String> chain = new ArrayList<>(catalogue.rollUp(selected.get(), day));
        Collections.reverse(chain);
        int top = scope.orgCode().map(chain::indexOf).filter(i -> i >= 0).orElse(0);
        return chain.subList(top, chain.size()).stream()
                .map(code -> new Dashboard.Row(code, catalogue.nameOn(code, day), span.toString(), null)).toList();
    }

    private static Dashboard.Row row(OrganisationCatalogue catalogue, String code, LocalDate day, Period span,
                                     PeriodStatistics statistics) {
        return new Dashboard.Row(code, catalogue.nameOn(code, day), span.toString(), statistics);
    }

    private static PeriodStatistics sum(List<PeriodStatistics> all, Period period, String ruleSet) {
        PeriodStatistics total = PeriodStatistics.zero("", period, ruleSet);
        for (PeriodStatistics s : all) {
            total = total.plus(s);
        }
        return total;
    }

    /** The chart's series: month labels, received, solved, pending and the on-time share per month. */
    private static Map<String, List<Object>> chart(List<Dashboard.Row> months) {
        Map<String, List<Object>> series = new LinkedHashMap<>();
        series.put("months", months.stream().map(m -> (Object) m.period()).toList());
        series.put("received", months.stream().map(m -> (Object) m.statistics().newReception()).toList());
        series.put("solved", months.stream().map(m -> (Object) m.statistics().totalSolved()).toList());
        series.put("pending", months.stream().map(m -> (Object) m.statistics().totalPending()).toList());
        series.put("pendingLate", months.stream().map(m -> (Object) m.statistics().pendingLate()).toList());
        series.put("onTime", months.stream().map(m -> (Object) m.onTimePercent()).toList());
        return series;
    }
}
