package org.tthc.api.national.dossier;

import org.tthc.api.national.NationalProperties;
import org.tthc.api.national.dossier.PortalDossierChanges.ChangedDossier;
import org.tthc.api.national.dossier.PortalDossierChanges.ProcessingStep;
import org.tthc.domain.packet.PacketJsonSchemas;

/**
 * The packets a deployment's national side takes for a dossier and its processing steps
 * ({@code tthc.national.dossier-packets}): the DVCQG services' DongBoHoSoMC / CapNhatTienDoHoSoMC, or the 2018 LGSP
 * adapter's MSyncDocument / MDocumentTraces. {@link DossierSync} queues either the same way: same ordering key,
 * idempotency key and change detection; each packet comes checked against its schema.
 */
interface DossierPackets {

    /** The packets {@code settings} name ({@code tthc.national.dossier-packets}). */
    static DossierPackets of(NationalProperties settings, PacketJsonSchemas schemas) {
        return switch (settings.dossierPackets()) {
            case NationalProperties.DVCQG_PACKETS -> new DvcqgDossierPackets(settings, schemas);
            case NationalProperties.LGSP_PACKETS -> new LgspDossierPackets(settings, schemas);
            default -> throw new IllegalArgumentException("tthc.national.dossier-packets must be "
                    + NationalProperties.DVCQG_PACKETS + " or " + NationalProperties.LGSP_PACKETS + ", was '"
                    + settings.dossierPackets() + "'");
        };
    }

    /**
     * The dossier's record as it is compared with the one last queued (by SHA-256): a change that does not show in
     * it queues nothing. The same text whether or not the portal already has the dossier.
     */
    String record(ChangedDossier dossier);

    /** The dossier's packet; {@code update}: the portal already has the dossier. */
    DossierPacket dossier(ChangedDossier dossier, boolean update);

    /** The packet of one processing step of the dossier. */
    DossierPacket progress(ChangedDossier dossier, ProcessingStep step);
}
