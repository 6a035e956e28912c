package org.tthc.warehouse.postgres;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.Warehouse;

/**
 * The PostgreSQL baseline seen as a {@link Warehouse}: the statistics counted by PostgreSQL over the copy
 * {@link PostgresMirror} loaded. Not a serving engine (docs/postgres-baseline.md): the benchmarks compare the
 * serving engines with it.
 */
public final class PostgresWarehouse implements Warehouse {
    private final DataSource database;
    private final PostgresStatistics statistics;

    public PostgresWarehouse(DataSource database) {
        this.database = database;
        this.statistics = new PostgresStatistics(database);
    }

    @Override
    public String engine() {
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "PostgreSQL (version unknown: " + e.getMessage() + ")";
        }
    }

    @Override
    public Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        return statistics.computeAll(periods, today, view);
    }

    @Override
    public OrganisationCatalogue catalogue() {
        return statistics.catalogue();
    }
}
