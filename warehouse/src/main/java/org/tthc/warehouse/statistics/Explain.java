package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.CountedField;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.TableSnapshot;

/**
 * The dossiers behind a number of {@link SparkStatistics}: the outcome rows of {@code dossier-outcomes.sql} (the very
 * rows the statistics count) whose flag of the field is true and whose handling organisation rolls up to the
 * organisation in the view ({@link PeriodOrganisationRollup}, as the statistics do). Their number is the count.
 */
public final class Explain {
    private static final String EXPLAIN_DOSSIERS = """
            SELECT o.source_system, o.dossier_code, o.handling_org_code, o.received_on, o.due_on, o.end_on,
                   r.ancestor_code{columns}
            FROM ({outcomes}) o
            JOIN IDENTIFIER(:period_org_rollup) r ON r.period_no = o.period_no AND r.org_code = o.handling_org_code
            WHERE {organisation} AND {where}
            ORDER BY r.ancestor_code, o.dossier_code, o.source_system""";
    private static final String ONE_ORGANISATION = "r.ancestor_code = :org_code";

    private final DeltaWarehouse warehouse;
    private final SparkStatistics statistics;
    private final SparkSession spark;

    public Explain(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
        this.statistics = new SparkStatistics(warehouse);
        this.spark = warehouse.session();
    }

    /** {@link #dossiers(Period, String, CountedField, LocalDate, OrganisationView, TableSnapshot)} on the latest data. */
    public List<ExplainedDossier> dossiers(Period period, String orgCode, CountedField field, LocalDate today,
                                           OrganisationView view) {
        return dossiers(period, orgCode, field, today, view, warehouse.latest());
    }

    /**
     * The dossiers counted in {@code field} of {@code orgCode}'s statistics of {@code period} in {@code view}, read
     * through {@code snapshot} (e.g. the versions a gold row recorded), ordered by dossier code.
     */
    public List<ExplainedDossier> dossiers(Period period, String orgCode, CountedField field, LocalDate today,
                                           OrganisationView view, TableSnapshot snapshot) {
        // the column comes from CountedField, never from the caller's text
        String sql = EXPLAIN_DOSSIERS.replace("{columns}", "").replace("{organisation}", ONE_ORGANISATION)
                .replace("{where}", "o." + field.column());
        return query(sql, period, orgCode, today, view, snapshot).stream().map(Explain::dossier).toList();
    }

    /**
     * The dossiers behind every counted field of {@code orgCode}'s statistics of {@code period} in {@code view}, in
     * one Spark job (a breakdown of a whole row, where {@link #dossiers} would take one job per field): for each
     * field the list {@link #dossiers} gives for it, on the latest data.
     */
    public Map<CountedField, List<ExplainedDossier>> dossiersByField(Period period, String orgCode, LocalDate today,
                                                                     OrganisationView view) {
        Set<CountedField> fields = EnumSet.allOf(CountedField.class);
        Map<CountedField, List<ExplainedDossier>> byField = byField(fields);
        byField.putAll(byOrganisation(period, orgCode, fields, today, view, warehouse.latest())
                .getOrDefault(orgCode, Map.of()));
        return byField;
    }

    /**
     * The dossiers behind {@code fields} of every organisation's statistics of {@code period} in {@code view}, read
     * through {@code snapshot}, in one Spark job: by organisation code (each organisation with everything under it,
     * so a dossier is listed under each of its ancestors), then by field, each list as {@link #dossiers} gives it.
     * Organisations with none of these dossiers are absent. For a pack of reports over every organisation, where a
     * job per organisation and field would cost seconds each.
     */
    public Map<String, Map<CountedField, List<ExplainedDossier>>> dossiersByOrganisation(
            Period period, Set<CountedField> fields, LocalDate today, OrganisationView view, TableSnapshot snapshot) {
        return byOrganisation(period, null, fields, today, view, snapshot);
    }

    /** The dossiers of {@code fields} by organisation and field: of {@code orgCode} only, or of every one (null). */
    private Map<String, Map<CountedField, List<ExplainedDossier>>> byOrganisation(
            Period period, String orgCode, Set<CountedField> fields, LocalDate today, OrganisationView view,
            TableSnapshot snapshot) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("name at least one counted field");
        }
        // the columns come from CountedField, never from the caller's text
        List<String> flags = fields.stream().map(f -> "o." + f.column()).toList();
        String sql = EXPLAIN_DOSSIERS.replace("{columns}", ", " + String.join(", ", flags))
                .replace("{organisation}", orgCode == null ? "TRUE" : ONE_ORGANISATION)
                .replace("{where}", "(" + String.join(" OR ", flags) + ")");
        Map<String, Map<CountedField, List<ExplainedDossier>>> byOrganisation = new LinkedHashMap<>();
        for (Row row : query(sql, period, orgCode, today, view, snapshot)) {
            ExplainedDossier dossier = dossier(row);
            Map<CountedField, List<ExplainedDossier>> byField =
                    byOrganisation.computeIfAbsent(row.getString(6), org -> byField(fields));
            for (CountedField field : fields) {
                if (Boolean.TRUE.equals(row.getAs(field.column()))) {
                    byField.get(field).add(dossier);
                }
            }
        }
        return byOrganisation;
    }

    private static Map<CountedField, List<ExplainedDossier>> byField(Set<CountedField> fields) {
        Map<CountedField, List<ExplainedDossier>> byField = new EnumMap<>(CountedField.class);
        for (CountedField field : fields) {
            byField.put(field, new ArrayList<>());
        }
        return byField;
    }

    /** The rows of {@code sql} (over the outcome rows and the period's roll-up) for one period (and organisation). */
    private List<Row> query(String sql, Period period, String orgCode, LocalDate today, OrganisationView view,
                            TableSnapshot snapshot) {
        String rollupView = statistics.registerRollup(List.of(period), today, view, snapshot);
        try {
            Map<String, Object> args = new HashMap<>(SparkStatistics.outcomeArguments(snapshot));
            args.putAll(Map.of("period_no", new int[] {0}, "from", new LocalDate[] {period.from()},
                    "cutoff", new LocalDateTime[] {period.cutoff(today)},
                    "asof", new LocalDate[] {period.asOfDate(today)},
                    "ruleset", new String[] {RuleSet.inForceOn(period.to()).id()},
                    "period_org_rollup", rollupView));
            if (orgCode != null) {
                args.put("org_code", orgCode);
            }
            return spark.sql(sql.replace("{outcomes}", SparkStatistics.DOSSIER_OUTCOMES), args).collectAsList();
        } finally {
            spark.catalog().dropTempView(rollupView);
        }
    }

    private static ExplainedDossier dossier(Row r) {
        return new ExplainedDossier(r.getString(0), r.getString(1), r.getString(2), r.<LocalDate>getAs(3),
                r.<LocalDate>getAs(4), r.<LocalDate>getAs(5));
    }
}
