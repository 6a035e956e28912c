package org.tthc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxEntry;
import org.tthc.api.national.OutboxStatus;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

import com.sun.net.httpserver.HttpServer;


/**
 * {@code ./tthc national push} end to end: Spark computes a closed month into gold, the quality gate lets it pass, its
 * MStatistic packet goes into the outbox with its rule set and table versions, and reaches a receiver on 127.0.0.1;
 * before the grace day nothing is queued, and pushing again queues nothing twice.
 */
class NationalPushCommandTest {
    private static final String PROVINCE = "000.00.00.H77";
    private static final String DISTRICT = "000.00.02.H77";
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2019, 3, 4, 8, 30);
    private static final List<String> SETTINGS = List.of("tthc.national.base-url", "tthc.national.client-id",
            "tthc.national.client-secret");

    @TempDir
    Path data;

    private final List<String> received = new ArrayList<>();

    @AfterEach
    void clearSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    @Test
    void pushQueuesAClosedMonthsPacketOnceAndDeliversIt() throws Exception {
        Path folder = data;
        DeltaWarehouse delta = new DeltaWarehouse(
                SparkSessions.sharedOrStart(SparkSettings.defaults().withDataRoot(folder)), folder.resolve("warehouse"));
        marchDossiers(delta);
        HttpServer receiver = receiver();
        try {
            System.setProperty("tthc.national.base-url", "http://127.0.0.1:" + receiver.getAddress().getPort());
            System.setProperty("tthc.national.client-id", "tinh-h77");
            System.setProperty("tthc.national.client-secret", "secret");

            CommandRun early = push(folder, "2019-04-04");
            assertThat(early.exitCode()).as(early.out() + early.err()).isEqualTo(2);
            assertThat(early.out()).contains("period 2019-03: not queued: period 2019-03 closes on 2019-04-05");

            CommandRun closed = push(folder, "2019-04-05");
            assertThat(closed.exitCode()).as(closed.out() + closed.err()).isZero();
            assertThat(closed.out()).contains("period 2019-03 " + PROVINCE + ": queued",
                    "delivered: 1 acknowledged, 0 to retry, 0 dead");

            CommandRun again = push(folder, "2019-04-06");
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("period 2019-03 " + PROVINCE + ": already queued");
        } finally {
            receiver.stop(0);
        }

        assertThat(received).hasSize(1);
        StatisticsPacket packet = new StatisticsPacketCodec().fromJson(received.get(0)).get(0);
        assertThat(packet.organisationCode()).isEqualTo(PROVINCE);
        assertThat(packet.month()).isEqualTo(3);
        assertThat(packet.newReception()).isEqualTo(3);
        assertThat(packet.totalPending()).isEqualTo(3);
        try (ControlDatabase control = ControlDatabase.embedded(folder)) {
            List<OutboxEntry> rows = new Outbox(control).list(Optional.empty(), 10);
            assertThat(rows).hasSize(1);
            OutboxEntry row = rows.get(0);
            assertThat(row.status()).isEqualTo(OutboxStatus.ACKNOWLEDGED);
            assertThat(row.payload()).isEqualTo(received.get(0));
            assertThat(row.ruleSet()).isEqualTo("R2025.1");
            assertThat(row.tableVersions()).containsKeys("dossier", "dossier_event", "org");
        }
    }

    /** A receiver that issues a token and keeps every statistics packet posted with it. */
    private HttpServer receiver() throws Exception {
        HttpServer server = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            answer(exchange, 200, "{\"access_token\":\"t1\",\"token_type\":\"bearer\",\"expires_in\":3600}");
        });
        server.createContext("/Statistic/UpdateStatistic", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!"Bearer t1".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{}");
                return;
            }
            synchronized (received) {
                received.add(body);
            }
            answer(exchange, 200, "{\"Status\":1,\"Message\":\"received\"}");
        });
        server.start();
        return server;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void marchDossiers(DeltaWarehouse delta) {
        delta.upsertOrganisations(List.of(
                new Organisation(PROVINCE, "Tỉnh H77", 1, OrganisationKind.PROVINCE, null, null, null),
                new Organisation(DISTRICT, "Huyện H77", 2, OrganisationKind.DISTRICT, PROVINCE, null, null)));
        IngestBatch batch = delta.openBatch("national-push-test");
        List<DossierRecord> dossiers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            dossiers.add(new DossierRecord("portal-lite", DISTRICT + "-N-" + i, "1.001", "Thủ tục", "LV1", "Lĩnh vực",
                    Channel.ONLINE, null, "Hồ sơ " + i, DISTRICT, "Huyện H77", RECEIVED.plusDays(i),
                    RECEIVED.plusDays(40), StatusCode.PROCESSING, null, null, List.of(), null, RECEIVED.plusDays(i)));
        }
        batch.addDossiers(dossiers);
        batch.commit();
    }


    private static CommandRun push(Path folder, String today) {
        return CommandRun.of(NationalCommand::new, "push", "--data", folder.toString(), "--period", "2019-03",
                "--today", today, "--wait", "10s");
    }
}
