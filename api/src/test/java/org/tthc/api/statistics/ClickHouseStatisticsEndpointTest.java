package org.tthc.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.warehouse.PrivateServer;
import org.tthc.warehouse.clickhouse.ClickHouseFallbackWarehouse;

/**
 * Every answer of {@link StatisticsEndpointTest} again with ClickHouse serving: the app ingests the sample into
 * Delta, mirrors it at start into a ClickHouse server of this class ({@link PrivateServer}, since one test kills it),
 * and computes with ClickHouse SQL — the packets must still equal the reference's; and while that server is down,
 * Spark answers the same.
 */
@Import(StatisticsEndpointTest.FixedToday.class)
class ClickHouseStatisticsEndpointTest extends StatisticsEndpointTest {
    /** The city the sample province merges into on 1 July 2025. */
    private static final String CITY = "000.00.00.H97";
    private static final String OCTOBER = "/api/statistics?period=2025-10&org=" + CITY;
    /** Not asked while ClickHouse answers, so no answer kept by either engine can stand in for it. */
    private static final String NOVEMBER = "/api/statistics?period=2025-11&org=" + CITY;
    private static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);

    private static PrivateServer server;

    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @DynamicPropertySource
    static void clickHouseServer(DynamicPropertyRegistry registry) {
        registry.add("tthc.clickhouse.url", () -> "jdbc:clickhouse://127.0.0.1:" + server().port() + "/default");
        registry.add("tthc.clickhouse.user", () -> "default");
        registry.add("tthc.clickhouse.retry-interval", () -> RETRY_INTERVAL.toMillis() + "ms");
    }

    /** Started when the context asks for its port, before any callback of this class. */
    private static synchronized PrivateServer server() {
        if (server == null) {
            server = PrivateServer.start(PrivateServer.Kind.CLICKHOUSE);
        }
        return server;
    }

    /** After the context started: Spring Boot's logging set-up resets Logback, dropping appenders added before. */
    @BeforeEach
    void captureTheFallbacksLog() {
        logged.start();
        fallbackLogger().addAppender(logged);
    }

    @AfterEach
    void releaseTheFallbacksLog() {
        fallbackLogger().detachAppender(logged);
    }

    @AfterAll
    static void stopPrivateServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    String expectedEngine() {
        return "ClickHouse server ";
    }

    /**
     * The server dies (SIGKILL) under the running app and comes back (reliability issue): meanwhile Spark answers the
     * same requests with the same bytes, the response header naming it, and one WARN says so; once the server is back,
     * after the retry interval, ClickHouse answers again and one INFO says so.
     */
    @Test
    void sparkAnswersTheSameWhileTheServerIsDownAndClickHouseAgainOnceItIsBack() throws InterruptedException {
        ResponseEntity<String> before = get(OCTOBER, MediaType.APPLICATION_JSON);
        assertThat(engine(before)).startsWith("ClickHouse server ");
        assertThat(codec.fromJson(before.getBody()).get(0).total()).as("a month with dossiers").isPositive();

        server().kill();
        ResponseEntity<String> during = get(OCTOBER, MediaType.APPLICATION_JSON);
        ResponseEntity<String> novemberDuring = get(NOVEMBER, MediaType.APPLICATION_JSON);

        assertThat(during.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engine(during)).startsWith("Spark ");
        assertThat(during.getBody()).isEqualTo(before.getBody());
        assertThat(novemberDuring.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engine(novemberDuring)).startsWith("Spark ");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage())
                    .startsWith("ClickHouse server at jdbc:clickhouse://127.0.0.1:" + server().port()
                            + "/default is unreachable: ")
                    .contains("Connection refused")
                    .contains("Statistics are answered by Spark ");
        });

        server().restart();
        ResponseEntity<String> after = firstAnsweredByClickHouse(OCTOBER, Duration.ofSeconds(30));
        ResponseEntity<String> novemberAfter = get(NOVEMBER, MediaType.APPLICATION_JSON);

        assertThat(after.getBody()).isEqualTo(before.getBody());
        assertThat(engine(novemberAfter)).startsWith("ClickHouse server ");
        assertThat(novemberAfter.getBody()).isEqualTo(novemberDuring.getBody());
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
        assertThat(logged.list.get(1).getFormattedMessage()).contains("answers again");
    }

    /** Asks until ClickHouse answers: Spark does until the first request after the retry interval. */
    private ResponseEntity<String> firstAnsweredByClickHouse(String path, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            ResponseEntity<String> response = get(path, MediaType.APPLICATION_JSON);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            if (engine(response).startsWith("ClickHouse server ") || System.nanoTime() > deadline) {
                assertThat(engine(response)).as("the engine %s after the server came back", patience)
                        .startsWith("ClickHouse server ");
                return response;
            }
            Thread.sleep(RETRY_INTERVAL.toMillis() / 4);
        }
    }

    private static String engine(ResponseEntity<String> response) {
        return response.getHeaders().getFirst(StatisticsController.ENGINE_HEADER);
    }

    private static Logger fallbackLogger() {
        return (Logger) LoggerFactory.getLogger(ClickHouseFallbackWarehouse.class);
    }
}
