package org.tthc.warehouse.statistics;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;

/**
 * The roll-up relation of one statistics job, {@code (period_no, org_code, ancestor_code)}: for period i, each
 * handling organisation code with every organisation a dossier handled by it counts for, in the structure the view
 * shows for that period ({@link OrganisationCatalogue#rollUp(String, OrganisationView, LocalDate, LocalDate)}, the
 * rule the reference implementation uses). Small: codes × depth × periods, computed in Java for each job.
 */
public final class PeriodOrganisationRollup {
    static final StructType SCHEMA = new StructType()
            .add("period_no", IntegerType, false)
            .add("org_code", StringType, false)
            .add("ancestor_code", StringType, false);

    /** One row of the relation: in period {@code periodNo}, dossiers of {@code orgCode} count for {@code ancestorCode}. */
    public record Link(int periodNo, String orgCode, String ancestorCode) {
    }

    private PeriodOrganisationRollup() {
    }

    /** The relation for {@code periods} (period i is element i), evaluated on {@code today}. */
    public static List<Link> links(OrganisationCatalogue catalogue, Collection<String> handlingCodes,
                                   List<Period> periods, LocalDate today, OrganisationView view) {
        Map<LocalDate, Map<String, List<String>>> byDay = new HashMap<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            LocalDate day = view.attributionDay(periods.get(i).asOfDate(today), today);
            Map<String, List<String>> rollUps = byDay.computeIfAbsent(day, d -> new HashMap<>());
            for (String code : handlingCodes) {
                for (String ancestor : rollUps.computeIfAbsent(code, c -> catalogue.rollUp(c, day))) {
                    links.add(new Link(i, code, ancestor));
                }
            }
        }
        return links;
    }

    /** {@link #links} as Spark rows of {@link #SCHEMA}. */
    static List<Row> rows(OrganisationCatalogue catalogue, Collection<String> handlingCodes, List<Period> periods,
                          LocalDate today, OrganisationView view) {
        return links(catalogue, handlingCodes, periods, today, view).stream()
                .map(link -> RowFactory.create(link.periodNo(), link.orgCode(), link.ancestorCode()))
                .toList();
    }
}
