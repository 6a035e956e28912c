package org.tthc.api.national;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.packet.VotesPacket;
import org.tthc.domain.packet.VotesPacketBuilder;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.IndicatorScore;
import org.tthc.domain.rating.IndicatorScoreCounts;
import org.tthc.domain.rating.RatingStatistics;

/** Packets to queue in the outbox tests: valid MStatistic JSON, MVotes and CapNhatTienDoHoSoMC progress packets. */
final class TestPackets {
    private static final StatisticsPacketCodec CODEC = new StatisticsPacketCodec();

    private TestPackets() {
    }

    /** A monthly MStatistic of organisation {@code org} whose counts depend on {@code n}, as JSON. */
    static OutboxPacket statistics(String org, int month, int n) {
        int solvedInTime = 10 + n;
        int solvedLate = 0;
        int totalSolved = solvedInTime + solvedLate;
        int pending = 5;
        int total = totalSolved + pending;
        StatisticsPacket packet = new StatisticsPacket(month, 2025, true, total - 7, 7, total, totalSolved,
                solvedInTime, new BigDecimal("100.0"), solvedLate, new BigDecimal("0.0"),
                pending, pending, 0, new BigDecimal("0.0"), new BigDecimal("100.0"), "", org, "UBND " + org);
        String period = "2025-" + (month < 10 ? "0" : "") + month;
        return OutboxPacket.statistics(org, period, "/Statistic/UpdateStatistic", "application/json",
                CODEC.toJson(packet), "R2025.1", Map.of("dossier", 12L, "event", 30L));
    }

    /**
     * The October 2025 MVotes of {@code org}: six ratings (1 very satisfied, 1 satisfied, 4 not satisfied), indicator 1
     * scored 2, 2, 2, indicator 3 scored 2, 1, 0, indicator 4 unanswered, indicator 7 scored 0.
     */
    static VotesPacket votes(String org) {
        RatingStatistics index = RatingStatistics.of(org, Period.month(2025, 10), 1, 1, 4, List.of(
                IndicatorScore.of(1, 3, 6), IndicatorScore.of(3, 3, 3), IndicatorScore.of(4, 0, 0),
                IndicatorScore.of(7, 1, 0)));
        return VotesPacketBuilder.build(index, Map.of(1, new IndicatorScoreCounts(1, 3, 0, 0),
                        3, new IndicatorScoreCounts(3, 1, 1, 1), 7, new IndicatorScoreCounts(7, 0, 0, 1)),
                LocalDateTime.of(2025, 11, 5, 0, 0), "UBND " + org);
    }

    /** Progress packet {@code step} of dossier {@code dossier}. */
    static OutboxPacket progress(String dossier, int step) {
        String payload = """
                {"service":"CapNhatTienDoHoSoMC","data":[{"MaHoSo":"%s","NguoiXuLy":"Cán bộ %d",\
                "ThoiDiemXuLy":"202510%02d080000","NoiDungXuLy":"Bước %d","TrangThai":"%d"}]}"""
                .formatted(dossier, step, step + 1, step, Math.min(step + 1, 10));
        return OutboxPacket.dossier("CapNhatTienDoHoSoMC", "000.00.00.H99", dossier, "/CapNhatTienDoHoSoMC", payload);
    }

}
