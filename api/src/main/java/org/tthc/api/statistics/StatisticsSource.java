package org.tthc.api.statistics;

import java.time.LocalDate;
import java.util.Map;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;

/** Where the period statistics come from: an engine over the warehouse, and the organisations it knows. */
public interface StatisticsSource {

    /** Counts for every organisation with a dossier in play in the period, as of {@code today}, in the view. */
    Map<String, PeriodStatistics> compute(Period period, LocalDate today, OrganisationView view);

    /** Every organisation version and the successions. */
    OrganisationCatalogue catalogue();
}
