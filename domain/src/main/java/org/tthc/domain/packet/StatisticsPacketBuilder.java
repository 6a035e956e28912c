package org.tthc.domain.packet;

import java.util.List;

import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.Percentages;
import org.tthc.domain.statistics.PeriodStatistics;

/**
 * Turns one organisation's {@link PeriodStatistics} into the national packet (reference.md §1.8):
 * a month gives {@code Month} = its month and {@code IsMonthStatistic} = true; a year gives {@code Month} = 0 and
 * false; any other period (quarter, custom cut-off) gives {@code Month} = 0, false, the year of the period's last
 * day, and a {@code Note} naming the period ({@code Kỳ 2025-07-01..2025-09-30}), since the wire format cannot say it.
 * Percentages follow statistics-rules §5. Counts that break an identity are refused, never sent.
 */
public final class StatisticsPacketBuilder {
    private StatisticsPacketBuilder() {
    }

    /**
     * @param organisationCode the level-1 organisation's electronic identifier (OrganizationInchargeIdlevel1)
     * @param organisationName its name (OrganizationInchargeName)
     * @throws PacketIdentityException when the counts break an identity
     */
    public static StatisticsPacket build(PeriodStatistics statistics, String organisationCode,
                                         String organisationName) {
        requireText("organisationCode", organisationCode);
        requireText("organisationName", organisationName);
        Period period = statistics.period();
        List<String> violations = PacketIdentities.violations(statistics);
        if (!violations.isEmpty() || !statistics.identitiesHold()) {
            throw new PacketIdentityException(organisationCode, period.toString(),
                    violations.isEmpty() ? List.of("PeriodStatistics.identitiesHold() is false") : violations);
        }
        StatisticsPacket packet = packet(statistics, organisationCode, organisationName);
        violations = PacketIdentities.violations(packet);
        if (!violations.isEmpty()) {
            throw new PacketIdentityException(organisationCode, period.toString(), violations);
        }
        return packet;
    }

    private static StatisticsPacket packet(PeriodStatistics s, String organisationCode, String organisationName) {
        Period period = s.period();
        boolean monthly = switch (period.kind()) {
            case MONTH -> true;
            case YEAR, QUARTER, CUSTOM -> false;
        };
        String note = switch (period.kind()) {
            case MONTH, YEAR -> "";
            case QUARTER, CUSTOM -> "Kỳ " + period.from() + ".." + period.to();
        };
        return new StatisticsPacket(
                monthly ? period.from().getMonthValue() : 0,
                period.to().getYear(),
                monthly,
                count(s, "newReception", s.newReception()),
                count(s, "preExisting", s.preExisting()),
                count(s, "total", s.total()),
                count(s, "totalSolved", s.totalSolved()),
                count(s, "solvedInTime", s.solvedInTime()),
                Percentages.percent(s.solvedInTime(), s.totalSolved()),
                count(s, "solvedLate", s.solvedLate()),
                Percentages.complement(s.solvedInTime(), s.totalSolved()),
                count(s, "totalPending", s.totalPending()),
                count(s, "pending", s.pending()),
                count(s, "pendingLate", s.pendingLate()),
                Percentages.percent(s.pendingLate(), s.totalPending()),
                Percentages.complement(s.pendingLate(), s.totalPending()),
                note,
                organisationCode.trim(),
                organisationName.trim());
    }

    /** The wire type of counts is xs:int. */
    private static int count(PeriodStatistics s, String name, long value) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("statistics of organisation " + s.orgCode() + " for period "
                    + s.period() + ": " + name + " " + value + " does not fit the packet's non-negative xs:int");
        }
        return (int) value;
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
