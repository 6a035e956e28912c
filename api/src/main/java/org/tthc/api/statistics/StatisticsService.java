package org.tthc.api.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketBuilder;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;

/**
 * The statistics packets of a period: one per level-1 organisation, or one for the organisation asked for (its
 * own dossiers and everything that rolls up to it). Shared by the command line and the REST API.
 */
public final class StatisticsService {
    private final StatisticsSource source;
    private final Clock clock;

    public StatisticsService(StatisticsSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public List<StatisticsPacket> packets(Period period, Optional<String> orgCode) {
        LocalDate today = TthcTime.today(clock);
        Map<String, PeriodStatistics> byOrg = source.compute(period, today);
        OrganisationCatalogue catalogue = source.catalogue();
        String ruleSet = RuleSet.inForceOn(period.to()).id();
        if (orgCode.isPresent()) {
            String code = orgCode.get();
            if (!byOrg.containsKey(code) && !catalogue.contains(code)) {
                throw new UnknownOrganisationException(code);
            }
            PeriodStatistics statistics = byOrg.getOrDefault(code, PeriodStatistics.zero(code, period, ruleSet));
            return List.of(StatisticsPacketBuilder.build(statistics, code, catalogue.nameOf(code)));
        }
        return byOrg.values().stream()
                .filter(s -> isLevelOne(catalogue, s.orgCode()))
                .map(s -> StatisticsPacketBuilder.build(s, s.orgCode(), catalogue.nameOf(s.orgCode())))
                .toList();
    }

    /** A level-1 organisation rolls up to nothing but itself. */
    private static boolean isLevelOne(OrganisationCatalogue catalogue, String code) {
        return catalogue.selfAndAncestors(code).size() == 1;
    }
}
