package org.tthc.api.national;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.tthc.api.statistics.StatisticsService;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.packet.VotesPacket;
import org.tthc.domain.packet.VotesPacketBuilder;
import org.tthc.domain.packet.VotesPacketCodec;
import org.tthc.domain.period.Period;
import org.tthc.domain.period.PeriodClosing;
import org.tthc.domain.period.PeriodKind;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.quality.GateDecision;
import org.tthc.warehouse.statistics.GoldRatings;
import org.tthc.warehouse.statistics.GoldStatistics;

/**
 * Puts a closed period's statistics packets into the outbox: one MStatistic per level-1 organisation and, for a
 * month, one MVotes (rating statistics) for each of the same organisations, each computed into gold at this moment
 * (so the packet, the gold rows and their recorded Delta versions and rule set agree), after the period's quality
 * gate allows it. What is queued is frozen; a changed packet for a period already queued needs {@code correction}.
 */
public final class StatisticsSubmission {
    private final GoldStatistics gold;
    private final GoldRatings ratings;
    private final StatisticsService statistics;
    private final Function<Period, GateDecision> gate;
    private final Outbox outbox;
    private final NationalProperties settings;
    private final Clock clock;
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();
    private final VotesPacketCodec votesCodec = new VotesPacketCodec();

    public StatisticsSubmission(GoldStatistics gold, GoldRatings ratings, StatisticsService statistics,
                                Function<Period, GateDecision> gate, Outbox outbox, NationalProperties settings,
                                Clock clock) {
        this.gold = gold;
        this.ratings = ratings;
        this.statistics = statistics;
        this.gate = gate;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What queueing a period did: refused (not closed yet, or the gate refuses) with the reason, or each
     * organisation's queueing outcome of its MStatistic packet and, for a month, of its MVotes packet.
     */
    public record Result(Period period, Optional<String> refusal, Map<String, Outbox.Queued> byOrganisation,
                         Map<String, Outbox.Queued> votesByOrganisation) {
    }

    /**
     * @param correction queue packets that differ from those queued before as explicit corrections of them
     * @throws IllegalArgumentException for a period that is neither a calendar month nor a year
     */
    public Result queue(Period period, boolean correction) {
        if (period.kind() != PeriodKind.MONTH && period.kind() != PeriodKind.YEAR) {
            throw new IllegalArgumentException("the national statistics packet is monthly or yearly; " + period
                    + " is neither (give YYYY-MM or YYYY)");
        }
        LocalDate today = TthcTime.today(clock);
        PeriodClosing closing = new PeriodClosing(settings.graceDay());
        if (!closing.isClosed(period, today)) {
            return refused(period, "period " + period + " closes on " + closing.closesOn(period)
                    + " (tthc.national.grace-day " + settings.graceDay() + "); its numbers may still change");
        }
        GateDecision decision = gate.apply(period);
        if (!decision.allowed()) {
            return refused(period, "quality gate: " + decision.summary() + "; fix the findings or override them:"
                    + " ./tthc quality --period " + period);
        }
        Map<String, PeriodStatistics> byOrg = gold.recompute(List.of(period), today, OrganisationView.AS_REPORTED)
                .get(period);
        Map<String, Long> versions = new LinkedHashMap<>();
        gold.sourceVersions(period, OrganisationView.AS_REPORTED)
                .forEach((table, version) -> versions.put(name(table), version));
        Map<String, Outbox.Queued> results = new LinkedHashMap<>();
        List<StatisticsPacket> packets = new ArrayList<>(statistics.levelOnePackets(period, byOrg));
        packets.sort(Comparator.comparing(StatisticsPacket::organisationCode));
        for (StatisticsPacket packet : packets) {
            String ruleSet = byOrg.get(packet.organisationCode()).ruleSet();
            OutboxPacket queued = OutboxPacket.statistics(packet.organisationCode(), period.toString(),
                    settings.statisticsPath(), settings.formatMediaType(), payload(packet), ruleSet, versions);
            results.put(packet.organisationCode(), enqueue(queued, correction));
        }
        Map<String, Outbox.Queued> votes = period.kind() == PeriodKind.MONTH
                ? queueVotes(period, today, closing, packets, correction) : Map.of();
        return new Result(period, Optional.empty(), results, votes);
    }

    /**
     * The MVotes packets of the organisations of {@code statisticsPackets}: their satisfaction index recomputed into
     * gold with the indicators' score counts (docs/decisions.md, "MVotes questions"); zero shares for an
     * organisation without a rating. {@code DateCreated} is the moment the month closed, not the moment of queueing,
     * so that pushing the same numbers again gives the same payload (and idempotency key).
     */
    private Map<String, Outbox.Queued> queueVotes(Period period, LocalDate today, PeriodClosing closing,
                                                  List<StatisticsPacket> statisticsPackets, boolean correction) {
        GoldRatings.Submitted submitted = ratings.recomputeForSubmission(period, today, OrganisationView.AS_REPORTED);
        Map<String, Long> versions = new LinkedHashMap<>();
        submitted.versions().forEach((table, version) -> versions.put(name(table), version));
        LocalDateTime created = closing.closesOn(period).atStartOfDay();
        Map<String, Outbox.Queued> results = new LinkedHashMap<>();
        for (StatisticsPacket statisticsPacket : statisticsPackets) {
            String org = statisticsPacket.organisationCode();
            VotesPacket packet = VotesPacketBuilder.build(
                    submitted.index().getOrDefault(org, RatingStatistics.none(org, period)),
                    submitted.scoreCounts().getOrDefault(org, Map.of()), created,
                    statisticsPacket.organisationName());
            String payload = settings.xml() ? votesCodec.toXml(packet) : votesCodec.toJson(packet);
            results.put(org, enqueue(OutboxPacket.votes(org, period.toString(), settings.votesPath(),
                    settings.formatMediaType(), payload, versions), correction));
        }
        return results;
    }

    /** Queues {@code packet}; with {@code correction}, one that differs from what was queued corrects it. */
    private Outbox.Queued enqueue(OutboxPacket packet, boolean correction) {
        Outbox.Queued outcome = outbox.enqueue(packet, clock.instant());
        if (correction && outcome.outcome() == Outbox.Queueing.DIFFERS_FROM_QUEUED) {
            outcome = outbox.enqueue(packet.correcting(outcome.entry().id()), clock.instant());
        }
        return outcome;
    }

    private static Result refused(Period period, String reason) {
        return new Result(period, Optional.of(reason), Map.of(), Map.of());
    }

    private String payload(StatisticsPacket packet) {
        return settings.xml() ? codec.toXml(packet) : codec.toJson(packet);
    }

    private static String name(WarehouseTable table) {
        return table.name().toLowerCase(Locale.ROOT);
    }
}
