package org.tthc.warehouse.clickhouse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.Warehouse;

/**
 * The warehouse served by a ClickHouse server, and by a second engine (Spark over the Delta tables, always present)
 * while the server cannot be reached: the same question gets the same numbers from either (the cross-engine tests
 * hold them to it), so a request is answered rather than failed.
 *
 * <p>An outage is a {@link ClickHouseException} with a {@linkplain ClickHouseException#connectionFailure() connection
 * failure}: refused, reset, timed out, no response. Any other failure of ClickHouse — the server answered with an
 * error: our SQL, our mirror — is thrown as before, never hidden behind the second engine. The outage is logged once
 * when it starts (WARN, naming the server and the cause) and once when the server answers again (INFO). Meanwhile one
 * request per {@code retryInterval} tries the server again, the others go straight to the second engine, so a dead
 * server does not add its connection failure to every request.
 */
public final class ClickHouseFallbackWarehouse implements Warehouse {
    private static final Logger log = LoggerFactory.getLogger(ClickHouseFallbackWarehouse.class);

    private final Warehouse clickHouse;
    private final String server;
    private final Warehouse fallback;
    private final Duration retryInterval;
    private final Clock clock;
    /** When the outage began; null while the server answers. Guarded by {@code this}, as is {@link #nextAttempt}. */
    private Instant downSince;
    private Instant nextAttempt;

    /**
     * @param clickHouse    the warehouse on the server
     * @param server        where the server is, for the log: its URL without parameters
     * @param fallback      the engine that answers while the server is unreachable
     * @param retryInterval how long requests skip the server after it failed
     * @param clock         times the retry interval (not a fixed clock: the interval must pass)
     */
    public ClickHouseFallbackWarehouse(Warehouse clickHouse, String server, Warehouse fallback, Duration retryInterval,
                                       Clock clock) {
        this.clickHouse = clickHouse;
        this.server = server;
        this.fallback = fallback;
        this.retryInterval = retryInterval;
        this.clock = clock;
    }

    /** ClickHouse's, or the second engine's while the server is unreachable. */
    @Override
    public synchronized String engine() {
        return (downSince == null ? clickHouse : fallback).engine();
    }

    @Override
    public Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        return statisticsAnswer(periods, today, view).byPeriod();
    }

    @Override
    public StatisticsAnswer statisticsAnswer(List<Period> periods, LocalDate today, OrganisationView view) {
        return ask(warehouse -> warehouse.statisticsAnswer(periods, today, view));
    }

    @Override
    public OrganisationCatalogue catalogue() {
        return ask(Warehouse::catalogue);
    }

    private <T> T ask(Function<Warehouse, T> question) {
        if (!serverToBeTried()) {
            return question.apply(fallback);
        }
        T answer;
        try {
            answer = question.apply(clickHouse);
        } catch (ClickHouseException e) {
            if (e.connectionFailure().isEmpty()) {
                answered(); // the server is there: the error is ours to see
                throw e;
            }
            failed(e);
            return question.apply(fallback);
        }
        answered();
        return answer;
    }

    /** Whether this request goes to the server: always while it answers, one request per interval while it does not. */
    private synchronized boolean serverToBeTried() {
        if (downSince == null) {
            return true;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return false;
        }
        nextAttempt = now.plus(retryInterval); // the requests meanwhile need not wait for this one's attempt
        return true;
    }

    private synchronized void failed(ClickHouseException e) {
        Instant now = clock.instant();
        nextAttempt = now.plus(retryInterval);
        if (downSince == null) {
            downSince = now;
            log.warn("ClickHouse server at {} is unreachable: {}. Statistics are answered by {} meanwhile; the server"
                    + " is tried again at most every {} s", server, cause(e), fallback.engine(),
                    retryInterval.toMillis() / 1000.0);
        }
    }

    private synchronized void answered() {
        if (downSince != null) {
            log.info("ClickHouse server at {} answers again after {} s unreachable; statistics are answered by {}",
                    server, Duration.between(downSince, clock.instant()).toMillis() / 1000.0, clickHouse.engine());
            downSince = null;
        }
    }

    private static String cause(ClickHouseException e) {
        return e.connectionFailure().map(io -> io.getClass().getSimpleName() + ": " + io.getMessage())
                .orElseGet(e::getMessage);
    }
}
