package org.tthc.warehouse.clickhouse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationCodeScheme;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.organisation.SuccessionKind;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.CountedField;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.StatisticsEngine;
import org.tthc.warehouse.spark.SqlResource;
import org.tthc.warehouse.statistics.ExplainedDossier;
import org.tthc.warehouse.statistics.PeriodOrganisationRollup;

/**
 * The statistics of statistics-rules §3 computed by ClickHouse SQL ({@code period-statistics.sql} over {@code dossier-outcomes.sql}, beside this class)
 * over the tables {@link ClickHouseMirror} fills, on either ClickHouse engine. Gives exactly what the Spark SQL and
 * {@code ReferenceStatistics} give; the cross-engine tests prove it.
 */
public final class ClickHouseStatistics implements StatisticsEngine {
    private static final String DOSSIER_OUTCOMES = SqlResource.load(ClickHouseStatistics.class,
            "dossier-outcomes.sql");
    private static final String PERIOD_STATISTICS = SqlResource.load(ClickHouseStatistics.class,
            "period-statistics.sql").replace("{outcomes}", DOSSIER_OUTCOMES);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ClickHouseEngine engine;

    public ClickHouseStatistics(ClickHouseEngine engine) {
        this.engine = engine;
    }

    /**
     * Several periods in one query. The roll-up of each period comes from the organisations stored in ClickHouse
     * through the domain rule ({@link PeriodOrganisationRollup}) into a table of this job's own, dropped afterwards, so
     * concurrent computations do not share it.
     */
    @Override
    public Map<Period, Map<String, PeriodStatistics>> computeAll(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        List<Period> distinct = periods.stream().distinct().toList();
        String[] ruleSets = new String[distinct.size()];
        List<String> rows = new ArrayList<>();
        Map<Period, Map<String, PeriodStatistics>> results = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            Period period = distinct.get(i);
            ruleSets[i] = RuleSet.inForceOn(period.to()).id();
            rows.add(periodRow(i, period, today, ruleSets[i]));
            results.put(period, new TreeMap<>());
        }
        String rollup = createRollup(distinct, today, view);
        try {
            String sql = PERIOD_STATISTICS.replace("{rollup}", rollup)
                    .replace("{periods}", String.join("\n UNION ALL ", rows));
            for (PeriodStatistics statistics : engine.query(sql, row -> {
                int i = row.getInt("period_no");
                return new PeriodStatistics(row.getString("org_code"), distinct.get(i), ruleSets[i],
                        row.getLong("total"), row.getLong("pre_existing"), row.getLong("new_reception"),
                        row.getLong("new_reception_online"), row.getLong("total_solved"),
                        row.getLong("solved_in_time"), row.getLong("solved_ahead_of_time"), row.getLong("solved_late"),
                        row.getLong("total_pending"), row.getLong("pending_late"));
            })) {
                results.get(statistics.period()).put(statistics.orgCode(), statistics);
            }
        } finally {
            engine.execute("DROP TABLE IF EXISTS " + rollup);
        }
        return results;
    }

    /**
     * The dossiers counted in {@code field} of {@code orgCode}'s statistics of {@code period} in {@code view}: the
     * outcome rows ({@code dossier-outcomes.sql}, the rows {@link #compute} counts) with the field's flag set whose
     * handling organisation rolls up to {@code orgCode}, ordered by dossier code. Their dates are not carried by the
     * ClickHouse outcome rows and are left null.
     */
    public List<ExplainedDossier> explain(Period period, String orgCode, CountedField field, LocalDate today,
                                          OrganisationView view) {
        String rollup = createRollup(List.of(period), today, view);
        try {
            // 18.16 has no query parameters: the organisation code is a quoted literal, the column CountedField's own
            String sql = """
                    SELECT source_system, dossier_code, handling_org_code
                    FROM ({outcomes}) AS outcome
                    ALL INNER JOIN (
                        SELECT period_no, org_code AS handling_org_code
                        FROM {rollup}
                        WHERE ancestor_code = {org}
                    ) AS rollup USING (period_no, handling_org_code)
                    WHERE {column}
                    ORDER BY dossier_code, source_system"""
                    .replace("{outcomes}", DOSSIER_OUTCOMES).replace("{rollup}", rollup)
                    .replace("{org}", quoted(orgCode)).replace("{column}", field.column())
                    .replace("{periods}", periodRow(0, period, today, RuleSet.inForceOn(period.to()).id()));
            return engine.query(sql, row -> new ExplainedDossier(row.getString("source_system"),
                    row.getString("dossier_code"), row.getString("handling_org_code"), null, null, null));
        } finally {
            engine.execute("DROP TABLE IF EXISTS " + rollup);
        }
    }

    /** The roll-up relation of one job in a table of its own; the caller drops it. */
    private String createRollup(List<Period> periods, LocalDate today, OrganisationView view) {
        String rollup = "period_org_rollup_" + UUID.randomUUID().toString().replace("-", "");
        engine.execute("CREATE TABLE " + rollup
                + " (period_no UInt32, org_code String, ancestor_code String) ENGINE = Memory");
        try {
            engine.insert(rollup, List.of("period_no", "org_code", "ancestor_code"),
                    PeriodOrganisationRollup.links(catalogue(), handlingOrgCodes(), periods, today, view).stream()
                            .map(link -> new Object[] {link.periodNo(), link.orgCode(), link.ancestorCode()})
                            .iterator());
        } catch (RuntimeException e) {
            engine.execute("DROP TABLE IF EXISTS " + rollup);
            throw e;
        }
        return rollup;
    }

    private static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The organisations stored in ClickHouse (every version and the successions), as the domain sees them. */
    public OrganisationCatalogue catalogue() {
        List<Organisation> versions = engine.query("SELECT code, name, level, kind, parent_code, valid_from, valid_to,"
                + " code_scheme FROM org", row -> new Organisation(row.getString("code"), row.getString("name"),
                row.getInt("level"), OrganisationKind.valueOf(row.getString("kind")), row.getString("parent_code"),
                row.getDate("valid_from"), row.getDate("valid_to"),
                OrganisationCodeScheme.valueOf(row.getString("code_scheme"))));
        List<OrganisationSuccession> successions = engine.query("SELECT predecessor_code, successor_code,"
                + " effective_date, kind, is_primary FROM org_succession", row -> new OrganisationSuccession(
                row.getString("predecessor_code"), row.getString("successor_code"), row.getDate("effective_date"),
                SuccessionKind.valueOf(row.getString("kind")), row.getBoolean("is_primary")));
        return new OrganisationCatalogue(versions, successions);
    }

    private List<String> handlingOrgCodes() {
        return engine.query("SELECT DISTINCT org_code FROM handling_org_code", row -> row.getString("org_code"));
    }

    /**
     * One period as literals: ClickHouse 18.16 has no query parameters, and every value here is a number, a date or
     * a rule-set id of our own (checked to be plain), so nothing outside reaches the SQL text.
     */
    private static String periodRow(int periodNo, Period period, LocalDate today, String ruleSet) {
        if (!ruleSet.matches("[A-Za-z0-9.]+")) {
            throw new IllegalStateException("unexpected rule-set id " + ruleSet);
        }
        LocalDateTime cutoff = period.cutoff(today);
        return "SELECT toUInt32(" + periodNo + ") AS period_no, toDate('" + period.from() + "') AS from_date, "
                + "toDateTime('" + DATE_TIME.format(cutoff) + "', 'UTC') AS cutoff, toDate('" + period.asOfDate(today)
                + "') AS as_of, '" + ruleSet + "' AS rule_set";
    }
}
