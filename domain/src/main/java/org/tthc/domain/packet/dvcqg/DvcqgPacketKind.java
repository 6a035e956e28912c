package org.tthc.domain.packet.dvcqg;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The two DVCQG v2 integration packets this reader understands (reference.md §2.2). */
public enum DvcqgPacketKind {
    /** DongBoHoSoMC: one dossier's state per record, mapped to {@code DossierRecord}. */
    DOSSIER("DongBoHoSoMC"),
    /** CapNhatTienDoHoSoMC: one processing step per record, mapped to {@code DossierEvent}. */
    PROGRESS("CapNhatTienDoHoSoMC");

    private final String serviceName;

    DvcqgPacketKind(String serviceName) {
        this.serviceName = serviceName;
    }

    /** The envelope's {@code service} value. */
    public String serviceName() {
        return serviceName;
    }

    public static Optional<DvcqgPacketKind> ofServiceName(String service) {
        return Arrays.stream(values()).filter(k -> k.serviceName.equalsIgnoreCase(service.trim())).findFirst();
    }

    /**
     * The kind a record's fields show: {@code TrangThaiHoSo} or {@code NgayTiepNhan} make a dossier,
     * {@code ThoiDiemXuLy} or {@code TrangThai} a progress step; anything else shows nothing.
     */
    public static Optional<DvcqgPacketKind> detect(JsonNode record) {
        if (record == null || !record.isObject()) {
            return Optional.empty();
        }
        if (record.has("TrangThaiHoSo") || record.has("NgayTiepNhan")) {
            return Optional.of(DOSSIER);
        }
        if (record.has("ThoiDiemXuLy") || record.has("TrangThai")) {
            return Optional.of(PROGRESS);
        }
        return Optional.empty();
    }
}
