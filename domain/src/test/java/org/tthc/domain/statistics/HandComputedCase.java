package org.tthc.domain.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;

/**
 * One hand-computed case: a history, the period and day it is evaluated on, and the statistics an engine must
 * produce. {@code expected} names every organisation with a dossier in play; an organisation it does not name must
 * have all counts zero (an engine may leave it out).
 *
 * @param name     states the behaviour, e.g. {@code dossierDueTodayIsStillPendingInTime}
 * @param rule     the rule of statistics-rules.md the case pins
 * @param records  as the sources sent them: several versions of one dossier, in arrival order
 * @param events   as the sources sent them, repeats included
 * @param successions the succession crosswalk between the organisations' codes
 * @param view     the view the statistics are computed in
 */
public record HandComputedCase(
        String name,
        String rule,
        List<Organisation> organisations,
        List<DossierRecord> records,
        List<DossierEvent> events,
        Period period,
        LocalDate today,
        Map<String, PeriodStatistics> expected,
        List<OrganisationSuccession> successions,
        OrganisationView view) {

    public HandComputedCase {
        organisations = List.copyOf(organisations);
        successions = List.copyOf(successions);
        records = List.copyOf(records);
        events = List.copyOf(events);
        expected = Map.copyOf(expected);
    }

    public OrganisationCatalogue catalogue() {
        return new OrganisationCatalogue(organisations, successions);
    }

    /** The expected statistics of an organisation: all zero when the case names it not. */
    public PeriodStatistics expectedFor(String orgCode) {
        return expected.getOrDefault(orgCode, PeriodStatistics.zero(orgCode, period, RuleSet.R2025_1.id()));
    }

    /** The organisations whose statistics are expected to be non-zero. */
    public Set<String> expectedOrgCodes() {
        return expected.keySet();
    }

    @Override
    public String toString() {
        return name;
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    /** Reads like the case it builds; see {@link HandComputedCases}. */
    static final class Builder {
        private final String name;
        private String rule;
        private List<Organisation> organisations = HandComputedCases.PROVINCE_ONLY;
        private List<OrganisationSuccession> successions = List.of();
        private OrganisationView view = OrganisationView.AS_REPORTED;
        private final List<DossierRecord> records = new ArrayList<>();
        private final List<DossierEvent> events = new ArrayList<>();
        private Period period = Period.month(2025, 10);
        private LocalDate today = LocalDate.of(2025, 12, 1);
        private final List<Counts> expected = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder rule(String rule) {
            this.rule = rule;
            return this;
        }

        Builder organisations(List<Organisation> organisations) {
            this.organisations = organisations;
            return this;
        }

        Builder successions(List<OrganisationSuccession> successions) {
            this.successions = successions;
            return this;
        }

        Builder view(OrganisationView view) {
            this.view = view;
            return this;
        }

        Builder period(String text) {
            this.period = Period.parse(text);
            return this;
        }

        Builder today(String date) {
            this.today = LocalDate.parse(date);
            return this;
        }

        Builder records(DossierDsl.DossierBuilder... versions) {
            Arrays.stream(versions).map(DossierDsl.DossierBuilder::build).forEach(records::add);
            return this;
        }

        Builder events(DossierEvent... sent) {
            events.addAll(Arrays.asList(sent));
            return this;
        }

        Builder expect(Counts... counts) {
            expected.addAll(Arrays.asList(counts));
            return this;
        }

        HandComputedCase build() {
            if (rule == null || expected.isEmpty()) {
                throw new IllegalStateException("case " + name + " needs a rule and at least one expectation");
            }
            Map<String, PeriodStatistics> byOrg = new LinkedHashMap<>();
            for (Counts c : expected) {
                byOrg.put(c.orgCode, c.toStatistics(period));
            }
            return new HandComputedCase(name, rule, organisations, records, events, period, today, byOrg, successions,
                    view);
        }
    }

    /** Expected counts written out by name; a count not set is zero. Totals are written too: nothing is derived. */
    static final class Counts {
        private final String orgCode;
        private long total;
        private long preExisting;
        private long newReception;
        private long newReceptionOnline;
        private long totalSolved;
        private long solvedInTime;
        private long solvedAheadOfTime;
        private long solvedLate;
        private long totalPending;
        private long pendingLate;

        private Counts(String orgCode) {
            this.orgCode = orgCode;
        }

        static Counts counts(String orgCode) {
            return new Counts(orgCode);
        }

        Counts total(long n) {
            total = n;
            return this;
        }

        Counts preExisting(long n) {
            preExisting = n;
            return this;
        }

        Counts newReception(long n) {
            newReception = n;
            return this;
        }

        Counts newReceptionOnline(long n) {
            newReceptionOnline = n;
            return this;
        }

        Counts totalSolved(long n) {
            totalSolved = n;
            return this;
        }

        Counts solvedInTime(long n) {
            solvedInTime = n;
            return this;
        }

        Counts solvedAheadOfTime(long n) {
            solvedAheadOfTime = n;
            return this;
        }

        Counts solvedLate(long n) {
            solvedLate = n;
            return this;
        }

        Counts totalPending(long n) {
            totalPending = n;
            return this;
        }

        Counts pendingLate(long n) {
            pendingLate = n;
            return this;
        }

        PeriodStatistics toStatistics(Period period) {
            return new PeriodStatistics(orgCode, period, RuleSet.R2025_1.id(), total, preExisting, newReception,
                    newReceptionOnline, totalSolved, solvedInTime, solvedAheadOfTime, solvedLate, totalPending,
                    pendingLate);
        }
    }
}
