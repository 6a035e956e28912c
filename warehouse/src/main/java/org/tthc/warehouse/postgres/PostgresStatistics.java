package org.tthc.warehouse.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationCodeScheme;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.organisation.SuccessionKind;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.StatisticsEngine;
import org.tthc.warehouse.spark.SqlResource;
import org.tthc.warehouse.statistics.PeriodOrganisationRollup;
import org.tthc.warehouse.statistics.PeriodOrganisationRollup.Link;

/**
 * The statistics of statistics-rules §3 computed by PostgreSQL ({@code period-statistics.sql} over
 * {@code dossier-outcomes.sql}, beside this class) over the tables {@link PostgresMirror} fills: the baseline a
 * province running PostgreSQL would have, for the benchmarks against Spark and ClickHouse. The counting is one
 * GROUP BY query in PostgreSQL; Java only computes the organisation roll-up (the domain rule, as the other engines
 * do) and reads the counted rows. Gives exactly what {@code ReferenceStatistics}, Spark and ClickHouse give; the
 * cross-engine tests prove it.
 */
public final class PostgresStatistics implements StatisticsEngine {
    private static final String DOSSIER_OUTCOMES = SqlResource.load(PostgresStatistics.class, "dossier-outcomes.sql");
    private static final String PERIOD_STATISTICS = SqlResource.load(PostgresStatistics.class,
            "period-statistics.sql").replace("{outcomes}", DOSSIER_OUTCOMES);

    private final DataSource database;

    public PostgresStatistics(DataSource database) {
        this.database = database;
    }

    /**
     * Several periods in one query, under the rule set in force at each period's end. {@code today} ends the current,
     * unfinished period and is the day whose structure the restated view shows. The roll-up of each period comes from
     * the organisations stored in PostgreSQL through the domain rule ({@link PeriodOrganisationRollup}) and is bound as
     * arrays, so concurrent computations share nothing.
     */
    @Override
    public Map<Period, Map<String, PeriodStatistics>> computeAll(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        List<Period> distinct = periods.stream().distinct().toList();
        int n = distinct.size();
        Integer[] periodNo = new Integer[n];
        LocalDate[] from = new LocalDate[n];
        LocalDateTime[] cutoff = new LocalDateTime[n];
        LocalDate[] asOf = new LocalDate[n];
        String[] ruleSet = new String[n];
        Map<Period, Map<String, PeriodStatistics>> results = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Period period = distinct.get(i);
            periodNo[i] = i;
            from[i] = period.from();
            cutoff[i] = period.cutoff(today);
            asOf[i] = period.asOfDate(today);
            ruleSet[i] = RuleSet.inForceOn(period.to()).id();
            results.put(period, new TreeMap<>());
        }
        try (Connection connection = database.getConnection()) {
            List<Link> links = PeriodOrganisationRollup.links(catalogue(connection), handlingOrgCodes(connection),
                    distinct, today, view);
            try (PreparedStatement statement = connection.prepareStatement(PERIOD_STATISTICS)) {
                statement.setArray(1, connection.createArrayOf("integer", periodNo));
                statement.setArray(2, dateArray(connection, from));
                statement.setArray(3, timestampArray(connection, cutoff));
                statement.setArray(4, dateArray(connection, asOf));
                statement.setArray(5, connection.createArrayOf("text", ruleSet));
                statement.setArray(6, connection.createArrayOf("integer",
                        links.stream().map(Link::periodNo).toArray(Integer[]::new)));
                statement.setArray(7, connection.createArrayOf("text",
                        links.stream().map(Link::orgCode).toArray(String[]::new)));
                statement.setArray(8, connection.createArrayOf("text",
                        links.stream().map(Link::ancestorCode).toArray(String[]::new)));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        int i = row.getInt("period_no");
                        PeriodStatistics statistics = new PeriodStatistics(row.getString("org_code"),
                                distinct.get(i), ruleSet[i], row.getLong("total"), row.getLong("pre_existing"),
                                row.getLong("new_reception"), row.getLong("new_reception_online"),
                                row.getLong("total_solved"), row.getLong("solved_in_time"),
                                row.getLong("solved_ahead_of_time"), row.getLong("solved_late"),
                                row.getLong("total_pending"), row.getLong("pending_late"));
                        results.get(distinct.get(i)).put(statistics.orgCode(), statistics);
                    }
                }
            }
        } catch (SQLException e) {
            throw new PostgresException("computing the statistics of " + distinct + " (" + view.externalName() + ")",
                    PERIOD_STATISTICS, e);
        }
        return results;
    }

    /** The organisations stored in PostgreSQL (every version and the successions), as the domain sees them. */
    public OrganisationCatalogue catalogue() {
        try (Connection connection = database.getConnection()) {
            return catalogue(connection);
        } catch (SQLException e) {
            throw new PostgresException("reading the organisations", "SELECT … FROM org", e);
        }
    }

    private static OrganisationCatalogue catalogue(Connection connection) throws SQLException {
        List<Organisation> versions = new ArrayList<>();
        List<OrganisationSuccession> successions = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT code, name, level, kind, parent_code, valid_from,"
                    + " valid_to, code_scheme FROM org")) {
                while (row.next()) {
                    versions.add(new Organisation(row.getString("code"), row.getString("name"), row.getInt("level"),
                            OrganisationKind.valueOf(row.getString("kind")), row.getString("parent_code"),
                            row.getObject("valid_from", LocalDate.class), row.getObject("valid_to", LocalDate.class),
                            OrganisationCodeScheme.valueOf(row.getString("code_scheme"))));
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT predecessor_code, successor_code, effective_date,"
                    + " kind, is_primary FROM org_succession")) {
                while (row.next()) {
                    successions.add(new OrganisationSuccession(row.getString("predecessor_code"),
                            row.getString("successor_code"), row.getObject("effective_date", LocalDate.class),
                            SuccessionKind.valueOf(row.getString("kind")), row.getBoolean("is_primary")));
                }
            }
        }
        return new OrganisationCatalogue(versions, successions);
    }

    private static List<String> handlingOrgCodes(Connection connection) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT org_code FROM handling_org_code")) {
            while (row.next()) {
                codes.add(row.getString(1));
            }
        }
        return codes;
    }

    /**
     * PG: pgjdbc's createArrayOf takes no java.time values, so dates and local date-times travel as their ISO text
     * and the SQL casts the array (text to date and timestamp is exact and independent of the session's zone).
     */
    private static Array dateArray(Connection connection, LocalDate[] days) throws SQLException {
        String[] text = new String[days.length];
        for (int i = 0; i < days.length; i++) {
            text[i] = days[i].toString();
        }
        return connection.createArrayOf("date", text);
    }

    private static Array timestampArray(Connection connection, LocalDateTime[] times) throws SQLException {
        String[] text = new String[times.length];
        for (int i = 0; i < times.length; i++) {
            text[i] = times[i].toString().replace('T', ' ');
        }
        return connection.createArrayOf("timestamp", text);
    }
}
