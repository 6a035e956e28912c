package org.tthc.domain.packet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.tthc.domain.statistics.PeriodStatistics;

/**
 * The arithmetic identities every emitted statistic must satisfy (statistics-rules §3, reference.md §1.3), each
 * violation described with its numbers so that a person can see what is off.
 */
public final class PacketIdentities {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PacketIdentities() {
    }

    /** Violations in the counts of a period's statistics; empty when they may be emitted. */
    public static List<String> violations(PeriodStatistics s) {
        List<String> found = new ArrayList<>();
        sum(found, "total", s.total(), "preExisting", s.preExisting(), "newReception", s.newReception());
        sum(found, "total", s.total(), "totalSolved", s.totalSolved(), "totalPending", s.totalPending());
        sum(found, "totalSolved", s.totalSolved(), "solvedInTime", s.solvedInTime(), "solvedLate", s.solvedLate());
        atMost(found, "pendingLate", s.pendingLate(), "totalPending", s.totalPending());
        atMost(found, "solvedAheadOfTime", s.solvedAheadOfTime(), "solvedInTime", s.solvedInTime());
        atMost(found, "newReceptionOnline", s.newReceptionOnline(), "newReception", s.newReception());
        return found;
    }

    /** Violations in a packet, including the percentage pairs (100 together, or 0 and 0 for a zero denominator). */
    public static List<String> violations(StatisticsPacket p) {
        List<String> found = new ArrayList<>();
        sum(found, "total", p.total(), "preExisting", p.preExisting(), "newReception", p.newReception());
        sum(found, "total", p.total(), "totalSolved", p.totalSolved(), "totalPending", p.totalPending());
        sum(found, "totalSolved", p.totalSolved(), "solvedInTime", p.solvedInTime(), "solvedLate", p.solvedLate());
        sum(found, "totalPending", p.totalPending(), "pending", p.pending(), "pendingLate", p.pendingLate());
        percentPair(found, p.totalSolved(), "solvedInTimePercent", p.solvedInTimePercent(),
                "solvedLatePercent", p.solvedLatePercent());
        percentPair(found, p.totalPending(), "pendingLatePercent", p.pendingLatePercent(),
                "pendingPercent", p.pendingPercent());
        return found;
    }

    private static void sum(List<String> found, String whole, long wholeValue, String a, long aValue, String b,
                            long bValue) {
        if (wholeValue != aValue + bValue) {
            found.add(whole + " = " + a + " + " + b + " fails: " + whole + " " + wholeValue + " ≠ " + a + " " + aValue
                    + " + " + b + " " + bValue + " (= " + (aValue + bValue) + ")");
        }
    }

    private static void atMost(List<String> found, String part, long partValue, String whole, long wholeValue) {
        if (partValue > wholeValue) {
            found.add(part + " ≤ " + whole + " fails: " + part + " " + partValue + " > " + whole + " " + wholeValue);
        }
    }

    private static void percentPair(List<String> found, long denominator, String a, BigDecimal aValue, String b,
                                    BigDecimal bValue) {
        BigDecimal expected = denominator == 0 ? BigDecimal.ZERO : HUNDRED;
        BigDecimal sum = aValue.add(bValue);
        boolean bothZero = aValue.signum() == 0 && bValue.signum() == 0;
        if (sum.compareTo(expected) != 0 || (denominator == 0 && !bothZero)) {
            found.add(a + " + " + b + " = " + expected.toPlainString() + " fails: " + aValue.toPlainString() + " + "
                    + bValue.toPlainString() + " = " + sum.toPlainString() + " (denominator " + denominator + ")");
        }
    }
}
