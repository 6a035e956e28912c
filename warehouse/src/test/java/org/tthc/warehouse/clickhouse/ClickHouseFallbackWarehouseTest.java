package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.Warehouse;

/**
 * The fallback's rules with hand-written engines, no server: which failures it stands in for, how often it tries the
 * server again, and what it logs. {@code ClickHouseFallbackTest} (api) kills a real server under the running app.
 */
class ClickHouseFallbackWarehouseTest {
    private static final Period OCTOBER = Period.month(2025, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final String SERVER = "jdbc:clickhouse://10.0.0.7:8123/tthc";

    private final FakeEngine clickHouse = new FakeEngine("ClickHouse server 18.16.1", 7);
    private final FakeEngine spark = new FakeEngine("Spark 4.0.1 (local[2])", 7);
    private final MovingClock clock = new MovingClock();
    private final ClickHouseFallbackWarehouse warehouse = new ClickHouseFallbackWarehouse(clickHouse, SERVER, spark,
            RETRY, clock);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        logger().addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        logger().detachAppender(logged);
    }

    @Test
    void clickHouseAnswersWhileItIsReachable() {
        Warehouse.StatisticsAnswer answer = ask();

        assertThat(answer.engine()).isEqualTo("ClickHouse server 18.16.1");
        assertThat(answer.byPeriod().get(OCTOBER).get("H99").total()).isEqualTo(7);
        assertThat(spark.questions).isZero();
        assertThat(logged.list).isEmpty();
    }

    @Test
    void anUnreachableServerIsStoodInForAndLoggedOnceNamingTheServerAndTheCause() {
        clickHouse.refuseConnections();

        Warehouse.StatisticsAnswer first = ask();
        Warehouse.StatisticsAnswer second = ask();

        assertThat(first.engine()).isEqualTo("Spark 4.0.1 (local[2])");
        assertThat(second.byPeriod()).isEqualTo(first.byPeriod());
        assertThat(warehouse.engine()).isEqualTo("Spark 4.0.1 (local[2])");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("ClickHouse server at " + SERVER + " is unreachable:"
                    + " ConnectException: Connection refused. Statistics are answered by Spark 4.0.1 (local[2])"
                    + " meanwhile; the server is tried again at most every 5.0 s");
        });
    }

    @Test
    void theServerIsTriedAgainOncePerRetryIntervalAndAnInfoSaysWhenItAnswers() {
        clickHouse.refuseConnections();
        ask();
        assertThat(clickHouse.questions).isEqualTo(1);

        clock.advance(RETRY.minusMillis(1));
        ask();
        ask();
        assertThat(clickHouse.questions).as("within the interval nobody waits for the dead server").isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(ask().engine()).isEqualTo("Spark 4.0.1 (local[2])");
        assertThat(clickHouse.questions).as("one attempt when the interval is over").isEqualTo(2);
        ask();
        assertThat(clickHouse.questions).isEqualTo(2);

        clickHouse.answer();
        clock.advance(RETRY);
        assertThat(ask().engine()).isEqualTo("ClickHouse server 18.16.1");
        assertThat(ask().engine()).isEqualTo("ClickHouse server 18.16.1");
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
        assertThat(logged.list.get(1).getFormattedMessage()).isEqualTo("ClickHouse server at " + SERVER
                + " answers again after 10.0 s unreachable; statistics are answered by ClickHouse server 18.16.1");
    }

    @Test
    void anErrorTheServerAnswersWithIsThrownNotHidden() {
        clickHouse.failWithSqlError();

        assertThatThrownBy(this::ask).isInstanceOf(ClickHouseException.class)
                .hasMessageContaining("Unknown identifier: on_tme");
        assertThatThrownBy(warehouse::catalogue).isInstanceOf(ClickHouseException.class);
        assertThat(spark.questions).isZero();
        assertThat(logged.list).isEmpty();
    }

    @Test
    void theCatalogueFallsBackToo() {
        clickHouse.refuseConnections();

        assertThat(warehouse.catalogue()).isSameAs(spark.catalogue);
    }

    private Warehouse.StatisticsAnswer ask() {
        return warehouse.statisticsAnswer(List.of(OCTOBER), TODAY, OrganisationView.AS_REPORTED);
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(ClickHouseFallbackWarehouse.class);
    }

    /** An engine that answers {@code total} dossiers for one organisation, or fails as told. */
    private static final class FakeEngine implements Warehouse {
        private final String name;
        private final int total;
        private final OrganisationCatalogue catalogue = OrganisationCatalogue.empty();
        private ClickHouseException failure;
        private int questions;

        FakeEngine(String name, int total) {
            this.name = name;
            this.total = total;
        }

        /** The driver's failure when nothing listens on the port: its SQLException around the I/O exception. */
        void refuseConnections() {
            failure = new ClickHouseException(name, "SELECT 1", "Connect to 10.0.0.7:8123 failed",
                    new SQLException("ClickHouse exception, code: 210", new ConnectException("Connection refused")));
        }

        /** The driver's failure when the server refuses the statement: the server's text in a plain Throwable. */
        void failWithSqlError() {
            failure = new ClickHouseException(name, "SELECT on_tme", "Code: 47, Unknown identifier: on_tme",
                    new SQLException("ClickHouse exception, code: 47", new Throwable("Unknown identifier: on_tme")));
        }

        void answer() {
            failure = null;
        }

        @Override
        public String engine() {
            return name;
        }

        @Override
        public Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today,
                                                                     OrganisationView view) {
            questions++;
            if (failure != null) {
                throw failure;
            }
            PeriodStatistics h99 = new PeriodStatistics("H99", OCTOBER, "R2025.1", total, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            return Map.of(OCTOBER, Map.of("H99", h99));
        }

        @Override
        public OrganisationCatalogue catalogue() {
            if (failure != null) {
                throw failure;
            }
            return catalogue;
        }
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-01-20T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
