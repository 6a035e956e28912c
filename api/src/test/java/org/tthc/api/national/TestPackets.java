package org.tthc.api.national;

import java.math.BigDecimal;
import java.util.Map;

import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;

/** Packets to queue in the outbox tests: valid MStatistic JSON and CapNhatTienDoHoSoMC progress packets. */
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

    /** Progress packet {@code step} of dossier {@code dossier}. */
    static OutboxPacket progress(String dossier, int step) {
        String payload = """
                {"service":"CapNhatTienDoHoSoMC","data":[{"MaHoSo":"%s","NguoiXuLy":"Cán bộ %d",\
                "ThoiDiemXuLy":"202510%02d080000","NoiDungXuLy":"Bước %d","TrangThai":"%d"}]}"""
                .formatted(dossier, step, step + 1, step, Math.min(step + 1, 10));
        return OutboxPacket.dossier("CapNhatTienDoHoSoMC", "000.00.00.H99", dossier, "/CapNhatTienDoHoSoMC", payload);
    }

}
