package org.tthc.api.national.dossier;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tthc.api.national.NationalProperties;
import org.tthc.api.national.dossier.PortalDossierChanges.ChangedDossier;
import org.tthc.api.national.dossier.PortalDossierChanges.ProcessingStep;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.packet.dvcqg.DossierSyncCodec;

/**
 * The DVCQG services' packets ({@code tthc.national.dossier-packets=dvcqg}): {@code DongBoHoSoMC} to
 * {@code dossier-path}, {@code isUpdating} "False" the first time and "True" after, and {@code CapNhatTienDoHoSoMC} to
 * {@code progress-path}; JSON envelopes checked against their JSON Schemas, a problem named by the record's field
 * ({@code /data/0/MaLinhVuc}).
 */
final class DvcqgDossierPackets implements DossierPackets {
    static final String DOSSIER_PACKET = "DongBoHoSoMC";
    static final String PROGRESS_PACKET = "CapNhatTienDoHoSoMC";
    private static final String MEDIA_TYPE = "application/json";
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern RECORD_FIELD = Pattern.compile("^/data/\\d+/([^/:]+)");

    private final DossierSyncCodec codec = new DossierSyncCodec();
    private final PacketJsonSchemas schemas;
    private final String dossierPath;
    private final String progressPath;

    DvcqgDossierPackets(NationalProperties settings, PacketJsonSchemas schemas) {
        this.schemas = schemas;
        this.dossierPath = settings.dossierPath();
        this.progressPath = settings.progressPath();
    }

    /** The first push's packet: the same record pushed again differs only in {@code isUpdating}. */
    @Override
    public String record(ChangedDossier dossier) {
        return codec.dossierPacket(dossier.record(), dossier.applicant(), false);
    }

    @Override
    public DossierPacket dossier(ChangedDossier dossier, boolean update) {
        return packet(DOSSIER_PACKET, dossier, null, dossierPath,
                codec.dossierPacket(dossier.record(), dossier.applicant(), update));
    }

    @Override
    public DossierPacket progress(ChangedDossier dossier, ProcessingStep step) {
        return packet(PROGRESS_PACKET, dossier, step.event().eventId(), progressPath,
                codec.progressPacket(step.event()));
    }

    private DossierPacket packet(String type, ChangedDossier dossier, String eventId, String endpoint,
                                 String payload) {
        List<String> problems = schemas.problems(type, payload);
        return new DossierPacket(type, dossier.record().dossierCode(), eventId, endpoint, MEDIA_TYPE, payload,
                problems, problems.isEmpty() ? null : fieldOf(problems.get(0)));
    }

    /**
     * The wire field a schema problem is about: the record's key in its JSON Pointer, else (a missing required
     * property) the quoted property name, else {@code /}.
     */
    static String fieldOf(String problem) {
        Matcher pointer = RECORD_FIELD.matcher(problem);
        if (pointer.find()) {
            return pointer.group(1);
        }
        Matcher quoted = QUOTED.matcher(problem);
        return quoted.find() ? quoted.group(1) : "/";
    }
}
