package org.tthc.domain.packet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The national statistics packet (MStatistic, reference.md §1.2) for one level-1 organisation and one period.
 * Components are in the XSD's propOrder; the wire names (with their historical misspellings) live only in
 * {@link StatisticsPacketCodec}. Build packets with {@link StatisticsPacketBuilder}, which refuses counts that
 * break the identities; this record itself only checks what makes a packet well-formed, so that packets read
 * from other systems can still be inspected with {@link PacketIdentities#violations(StatisticsPacket)}.
 *
 * @param month          1–12 for a monthly packet, 0 otherwise
 * @param monthStatistic IsMonthStatistic: true exactly when {@code month} is 1–12
 * @param percentages    one decimal (e.g. 100.0, 3.3, 0.0); normalised to at least one decimal place
 * @param note           never null; empty for calendar months and years
 */
public record StatisticsPacket(
        int month,
        int year,
        boolean monthStatistic,
        int newReception,
        int preExisting,
        int total,
        int totalSolved,
        int solvedInTime,
        BigDecimal solvedInTimePercent,
        int solvedLate,
        BigDecimal solvedLatePercent,
        int totalPending,
        int pending,
        int pendingLate,
        BigDecimal pendingLatePercent,
        BigDecimal pendingPercent,
        String note,
        String organisationCode,
        String organisationName) {

    public StatisticsPacket {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 0 to 12, was " + month);
        }
        if (monthStatistic != (month != 0)) {
            throw new IllegalArgumentException("a monthly packet has month 1–12 and any other packet month 0; was"
                    + " month " + month + " with monthStatistic " + monthStatistic);
        }
        requireNonNegative("newReception", newReception);
        requireNonNegative("preExisting", preExisting);
        requireNonNegative("total", total);
        requireNonNegative("totalSolved", totalSolved);
        requireNonNegative("solvedInTime", solvedInTime);
        requireNonNegative("solvedLate", solvedLate);
        requireNonNegative("totalPending", totalPending);
        requireNonNegative("pending", pending);
        requireNonNegative("pendingLate", pendingLate);
        solvedInTimePercent = normalised("solvedInTimePercent", solvedInTimePercent);
        solvedLatePercent = normalised("solvedLatePercent", solvedLatePercent);
        pendingLatePercent = normalised("pendingLatePercent", pendingLatePercent);
        pendingPercent = normalised("pendingPercent", pendingPercent);
        note = note == null ? "" : note;
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(organisationName, "organisationName");
    }

    /** The same packet with another {@code Note}. */
    public StatisticsPacket withNote(String newNote) {
        return new StatisticsPacket(month, year, monthStatistic, newReception, preExisting, total, totalSolved,
                solvedInTime, solvedInTimePercent, solvedLate, solvedLatePercent, totalPending, pending, pendingLate,
                pendingLatePercent, pendingPercent, newNote, organisationCode, organisationName);
    }

    private static void requireNonNegative(String name, int count) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + count);
        }
    }

    /** 100 → 100.0 and 3.30 → 3.3, so that equal values compare equal; never rounds. */
    private static BigDecimal normalised(String name, BigDecimal percent) {
        Objects.requireNonNull(percent, name);
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 1 ? stripped.setScale(1) : stripped;
    }
}
