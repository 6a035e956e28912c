package org.tthc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.api.ApiTestData;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.FaultInjectingReceiver;
import org.tthc.api.national.FaultInjectingReceiver.Fault;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxEntry;
import org.tthc.api.national.OutboxStatus;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.packet.VotesPacket;
import org.tthc.domain.packet.VotesPacketBuilder;
import org.tthc.domain.packet.VotesPacketCodec;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.domain.rating.RatingLevel;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.rating.SatisfactionShares;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.statistics.GoldRatings;


/**
 * {@code ./tthc national push} end to end: Spark computes a closed month into gold, the quality gate lets it pass, its
 * MStatistic packet and its MVotes packet go into the outbox with their table versions, and reach the fault-injecting
 * receiver on 127.0.0.1, which validates them against their schemas; before the grace day nothing is queued, and
 * pushing again queues nothing twice.
 */
class NationalPushCommandTest {
    private static final String PROVINCE = "000.00.00.H77";
    private static final String DISTRICT = "000.00.02.H77";
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2019, 3, 4, 8, 30);
    private static final List<String> SETTINGS = List.of("tthc.national.base-url", "tthc.national.client-id",
            "tthc.national.client-secret", "tthc.national.initial-backoff");

    @TempDir
    Path data;

    @AfterEach
    void clearSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    @Test
    void pushQueuesAClosedMonthsPacketsOnceAndDeliversThem() throws Exception {
        Path folder = data;
        DeltaWarehouse delta = EmptyWarehouses.create(
                ApiTestData.sparkSession(), folder.resolve("warehouse"));
        marchDossiers(delta);
        marchRatings(delta);
        List<FaultInjectingReceiver.Accepted> received;
        try (FaultInjectingReceiver receiver = new FaultInjectingReceiver(2_000)) {
            // a dropped answer and a revoked token on the way: each packet still arrives once
            receiver.injectInCycle(Fault.DROP_AFTER, Fault.EXPIRE_TOKEN, Fault.NONE);
            System.setProperty("tthc.national.base-url", receiver.baseUrl());
            System.setProperty("tthc.national.client-id", FaultInjectingReceiver.CLIENT_ID);
            System.setProperty("tthc.national.client-secret", FaultInjectingReceiver.CLIENT_SECRET);
            System.setProperty("tthc.national.initial-backoff", "50ms");

            CommandRun early = push(folder, "2019-04-04");
            assertThat(early.exitCode()).as(early.out() + early.err()).isEqualTo(2);
            assertThat(early.out()).contains("period 2019-03: not queued: period 2019-03 closes on 2019-04-05");

            CommandRun closed = push(folder, "2019-04-05");
            assertThat(closed.exitCode()).as(closed.out() + closed.err()).isZero();
            assertThat(closed.out()).contains("period 2019-03 " + PROVINCE + ": queued",
                    "period 2019-03 " + PROVINCE + " MVotes: queued", "2 acknowledged", "0 dead");

            CommandRun again = push(folder, "2019-04-06");
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("period 2019-03 " + PROVINCE + ": already queued",
                    "period 2019-03 " + PROVINCE + " MVotes: already queued");
            assertThat(receiver.injected(Fault.DROP_AFTER)).isPositive();
            received = receiver.accepted();
        }

        assertThat(received).extracting(FaultInjectingReceiver.Accepted::packetType)
                .containsExactly("MStatistic", "MVotes");
        StatisticsPacket packet = new StatisticsPacketCodec().fromJson(received.get(0).payload()).get(0);
        assertThat(packet.organisationCode()).isEqualTo(PROVINCE);
        assertThat(packet.month()).isEqualTo(3);
        assertThat(packet.newReception()).isEqualTo(3);
        assertThat(packet.totalPending()).isEqualTo(3);
        assertMarchVotes(new VotesPacketCodec().fromJson(received.get(1).payload()), delta);
        try (ControlDatabase control = ControlDatabase.embedded(folder)) {
            List<OutboxEntry> rows = new Outbox(control).list(Optional.empty(), 10);
            assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.status()).isEqualTo(OutboxStatus.ACKNOWLEDGED));
            OutboxEntry statistics = rows.stream().filter(r -> r.packetType().equals("MStatistic")).findFirst()
                    .orElseThrow();
            assertThat(statistics.payload()).isEqualTo(received.get(0).payload());
            assertThat(statistics.ruleSet()).isEqualTo("R2025.1");
            assertThat(statistics.tableVersions()).containsKeys("dossier", "dossier_event", "org");
            OutboxEntry votes = rows.stream().filter(r -> r.packetType().equals("MVotes")).findFirst().orElseThrow();
            assertThat(votes.payload()).isEqualTo(received.get(1).payload());
            assertThat(votes.endpoint()).isEqualTo("/Vote/UpdateVote");
            assertThat(votes.tableVersions()).containsKeys("rating", "org", "org_succession");
        }
    }

    /**
     * The province's March ratings (all given to its district), worked by hand: one answer of each kind, so 33.3
     * each and the residue 0.1 to the first of the equally largest; indicator 1 scored 2, 2, 0; indicator 3 scored
     * 2, 1, 1; indicator 4 answered once, with 2; indicator 7 scored 2, 1, 2. The April rating is not March's.
     * The same numbers as the warehouse's index of the province for March.
     */
    private static void assertMarchVotes(VotesPacket votes, DeltaWarehouse delta) {
        assertThat(votes.organisationCode()).isEqualTo(PROVINCE);
        assertThat(votes.organisationName()).isEqualTo("Tỉnh H77");
        assertThat(votes.created()).isEqualTo(LocalDateTime.of(2019, 4, 5, 0, 0));
        assertThat(votes.totalVoted()).isEqualTo(3);
        assertThat(votes.shares()).isEqualTo(shares("33.4", "33.3", "33.3"));
        assertThat(votes.questions()).extracting(VotesPacket.Question::content).containsExactly(
                VotesPacketBuilder.INDICATOR_TEXT.get(1), VotesPacketBuilder.INDICATOR_TEXT.get(3),
                VotesPacketBuilder.INDICATOR_TEXT.get(4), VotesPacketBuilder.INDICATOR_TEXT.get(7));
        assertThat(votes.questions()).extracting(VotesPacket.Question::shares).containsExactly(
                shares("66.7", "0.0", "33.3"),
                shares("33.3", "66.7", "0.0"),
                shares("100.0", "0.0", "0.0"),
                shares("66.7", "33.3", "0.0"));

        RatingStatistics index = new GoldRatings(delta, RatingGrades.DEFAULT, java.time.Clock.systemUTC())
                .read(Period.month(2019, 3), OrganisationView.AS_REPORTED).get(PROVINCE);
        assertThat(index.ratings()).isEqualTo(votes.totalVoted());
        assertThat(index.shares()).isEqualTo(votes.shares());
        assertThat(index.indicator(1).evaluated()).isEqualTo(3);
        assertThat(index.indicator(4).evaluated()).isEqualTo(1);
    }

    private static SatisfactionShares shares(String veryGood, String good, String bad) {
        return new SatisfactionShares(new BigDecimal(veryGood), new BigDecimal(good), new BigDecimal(bad));
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

    private static void marchRatings(DeltaWarehouse delta) {
        IngestBatch batch = delta.openBatch("national-push-test-ratings");
        batch.addRatings(List.of(
                rating(1, RECEIVED.plusDays(2), RatingLevel.VERY_SATISFIED, 2, 2, 2, 2),
                rating(2, RECEIVED.plusDays(3), RatingLevel.SATISFIED, 2, 1, null, 1),
                rating(3, RECEIVED.plusDays(4), RatingLevel.NOT_SATISFIED, 0, 1, null, 2),
                rating(4, LocalDateTime.of(2019, 4, 2, 9, 0), RatingLevel.NOT_SATISFIED, 0, 0, 0, 0)));
        batch.commit();
    }

    private static RatingRecord rating(int n, LocalDateTime ratedAt, RatingLevel overall, Integer indicator1,
                                       Integer indicator3, Integer indicator4, Integer indicator7) {
        return new RatingRecord("portal-lite", DISTRICT + "-N-" + n, DISTRICT, ratedAt, overall, indicator1,
                indicator3, indicator4, indicator7, null);
    }

    private static CommandRun push(Path folder, String today) {
        return CommandRun.of(NationalCommand::new, "push", "--data", folder.toString(), "--period", "2019-03",
                "--today", today, "--wait", "10s");
    }
}
