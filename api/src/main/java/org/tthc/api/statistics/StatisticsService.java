package org.tthc.api.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tthc.api.security.DataScope;
import org.tthc.api.security.OutOfScopeException;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketBuilder;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.Warehouse;

/**
 * The statistics packets of a period: one per level-1 organisation, or one for the organisation asked for (its
 * own dossiers and everything that rolls up to it), in the organisation structure the view shows. Shared by the
 * command line and the REST API.
 */
public final class StatisticsService {
    private final Warehouse warehouse;
    private final Clock clock;

    public StatisticsService(Warehouse warehouse, Clock clock) {
        this.warehouse = warehouse;
        this.clock = clock;
    }

    /** {@link #packets(Period, Optional, OrganisationView)} as reported. */
    public List<StatisticsPacket> packets(Period period, Optional<String> orgCode) {
        return packets(period, orgCode, OrganisationView.AS_REPORTED);
    }

    /** {@link #packets(Period, Optional, OrganisationView, DataScope)} with no data scope. */
    public List<StatisticsPacket> packets(Period period, Optional<String> orgCode, OrganisationView view) {
        return packets(period, orgCode, view, DataScope.ALL);
    }

    /**
     * A user scoped to an organisation sees only its subtree: without {@code orgCode}, the packet of the scope's
     * organisation instead of the level-1 ones.
     *
     * @throws UnknownOrganisationException when {@code orgCode} is neither known nor counts anything, or is not part
     *                                      of the structure the view shows (its successor is)
     * @throws OutOfScopeException          when {@code orgCode} is outside {@code scope}
     */
    public List<StatisticsPacket> packets(Period period, Optional<String> orgCode, OrganisationView view,
                                          DataScope scope) {
        return answer(period, orgCode, view, scope).packets();
    }

    /**
     * {@link #packets(Period, Optional, OrganisationView, DataScope)} and the engine that computed them: ClickHouse
     * when configured, Spark by default and while a ClickHouse server is unreachable.
     */
    public Answer answer(Period period, Optional<String> orgCode, OrganisationView view, DataScope scope) {
        LocalDate today = TthcTime.today(clock);
        LocalDate day = view.attributionDay(period.asOfDate(today), today);
        OrganisationCatalogue catalogue = warehouse.catalogue();
        if (orgCode.isEmpty() && scope.orgCode().isPresent()) {
            orgCode = scope.orgCode();
        }
        orgCode.ifPresent(code -> scope.check(catalogue, code, day));
        Warehouse.StatisticsAnswer computed = warehouse.statisticsAnswer(List.of(period), today, view);
        Map<String, PeriodStatistics> byOrg = computed.byPeriod().get(period);
        String ruleSet = RuleSet.inForceOn(period.to()).id();
        if (orgCode.isPresent()) {
            String code = orgCode.get();
            if (!byOrg.containsKey(code) && !catalogue.contains(code)) {
                throw new UnknownOrganisationException(code);
            }
            String successor = catalogue.successorOn(code, day);
            if (!byOrg.containsKey(code) && !successor.equals(code)) {
                throw UnknownOrganisationException.succeeded(code, successor, day, view);
            }
            PeriodStatistics statistics = byOrg.getOrDefault(code, PeriodStatistics.zero(code, period, ruleSet));
            return new Answer(List.of(packet(statistics, catalogue, day, view)), computed.engine());
        }
        return new Answer(levelOne(byOrg, catalogue, day, view), computed.engine());
    }

    /**
     * The packets of every organisation at {@code level} (1 province, 2 department or district, 3 commune: the level
     * of its catalogue version on the attribution day) in the structure the view shows, with a dossier in play,
     * ordered by code; for a scoped user only those in its subtree. A code the catalogue does not know has no level.
     *
     * @throws IllegalArgumentException for a level below 1
     */
    public List<StatisticsPacket> packetsOfLevel(Period period, int level, OrganisationView view, DataScope scope) {
        return answerOfLevel(period, level, view, scope).packets();
    }

    /** {@link #packetsOfLevel} and the engine that computed them. */
    public Answer answerOfLevel(Period period, int level, OrganisationView view, DataScope scope) {
        if (level < 1) {
            throw new IllegalArgumentException("level must be 1 (province), 2 (department or district) or 3"
                    + " (commune), was " + level);
        }
        LocalDate today = TthcTime.today(clock);
        LocalDate day = view.attributionDay(period.asOfDate(today), today);
        OrganisationCatalogue catalogue = warehouse.catalogue();
        Warehouse.StatisticsAnswer computed = warehouse.statisticsAnswer(List.of(period), today, view);
        return new Answer(computed.byPeriod().get(period).values().stream()
                .filter(s -> isAtLevel(catalogue, s.orgCode(), day, level))
                .filter(s -> scope.permits(catalogue, s.orgCode(), day))
                .sorted(Comparator.comparing(PeriodStatistics::orgCode))
                .map(s -> packet(s, catalogue, day, view))
                .toList(), computed.engine());
    }

    /**
     * Levels are tiers, not depths: since the 2025 reform a commune (level 3) sits directly under the province. A code
     * carried to its successor on {@code day} is not part of the structure shown.
     */
    private static boolean isAtLevel(OrganisationCatalogue catalogue, String orgCode, LocalDate day, int level) {
        return catalogue.successorOn(orgCode, day).equals(orgCode)
                && catalogue.versionOn(orgCode, day).map(Organisation::level).orElse(0) == level;
    }

    /**
     * The as-reported packets of the level-1 organisations among {@code byOrg}, statistics of {@code period}
     * computed already (the national submission computes them into gold first, to record their table versions).
     */
    public List<StatisticsPacket> levelOnePackets(Period period, Map<String, PeriodStatistics> byOrg) {
        LocalDate today = TthcTime.today(clock);
        LocalDate day = OrganisationView.AS_REPORTED.attributionDay(period.asOfDate(today), today);
        return levelOne(byOrg, warehouse.catalogue(), day, OrganisationView.AS_REPORTED);
    }

    private static List<StatisticsPacket> levelOne(Map<String, PeriodStatistics> byOrg, OrganisationCatalogue catalogue,
                                                   LocalDate day, OrganisationView view) {
        return byOrg.values().stream()
                .filter(s -> catalogue.rollUp(s.orgCode(), day).equals(List.of(s.orgCode())))
                .map(s -> packet(s, catalogue, day, view))
                .toList();
    }

    /**
     * A restated packet says so in its {@code Note}: it is for trends, never a report to send (reference §5.5.4,
     * submitted packets are snapshots).
     */
    private static StatisticsPacket packet(PeriodStatistics s, OrganisationCatalogue catalogue, LocalDate day,
                                           OrganisationView view) {
        StatisticsPacket packet = StatisticsPacketBuilder.build(s, s.orgCode(), catalogue.nameOn(s.orgCode(), day));
        if (view == OrganisationView.AS_REPORTED) {
            return packet;
        }
        String restated = "Số liệu quy đổi theo cơ cấu tổ chức ngày " + day;
        return packet.withNote(packet.note().isEmpty() ? restated : packet.note() + "; " + restated);
    }

    /** Packets and the engine that computed their numbers, which a response names. */
    public record Answer(List<StatisticsPacket> packets, String engine) {
    }
}
