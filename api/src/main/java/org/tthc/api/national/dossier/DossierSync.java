package org.tthc.api.national.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.NationalProperties;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.dossier.PortalDossierChanges.ChangedDossier;
import org.tthc.api.national.dossier.PortalDossierChanges.ProcessingStep;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.packet.PacketJsonSchemas;

/**
 * Queues portal-lite's dossiers and processing events in the national outbox, incrementally by portal-lite's change
 * sequence (docs/national-sync.md, "Dossier packets"), as the packets {@code tthc.national.dossier-packets} names
 * ({@link DossierPackets}): DongBoHoSoMC and CapNhatTienDoHoSoMC, or the 2018 LGSP MSyncDocument and
 * MDocumentTraces. For each dossier that changed, in id order: its dossier packet when its record changed
 * (DVCQG: {@code isUpdating} "False" the first time, "True" after), then its new processing events, oldest first;
 * all of a dossier's packets share its ordering key, so the outbox delivers them in that order. A dossier pushed for
 * the first time takes all its processing events so far. Every packet is validated against its schema first: a
 * record that breaks it is not queued, is reported (dossier, event, field) and recorded in the control database, and
 * the other records go on. The watermark is committed after the pass, so a pass that stops half-way is repeated,
 * and what it queues again has the same content and idempotency key: already queued, nothing new.
 */
public final class DossierSync {
    private static final Logger log = LoggerFactory.getLogger(DossierSync.class);
    private static final int CHUNK = 500;

    private final PortalDossierChanges portal;
    private final DossierSyncState state;
    private final Outbox outbox;
    private final DossierPackets packets;
    private final Clock clock;

    public DossierSync(DSLContext portal, ControlDatabase control, Outbox outbox, NationalProperties settings,
                       PacketJsonSchemas schemas, Clock clock) {
        this.portal = new PortalDossierChanges(portal);
        this.state = new DossierSyncState(control);
        this.outbox = outbox;
        this.packets = DossierPackets.of(settings, schemas);
        this.clock = clock;
    }

    /** One pass: queues every change since the last committed watermark. One pass at a time per control database. */
    public DossierSyncReport queueChanges() {
        long from = state.watermark(PortalDossierChanges.SOURCE);
        long to = portal.highWatermark();
        Pass pass = new Pass(from, to);
        if (to <= from) {
            return pass.report();
        }
        List<Long> ids = portal.changedDossierIds(from, to);
        OrganisationCatalogue organisations = portal.organisations();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (ChangedDossier dossier : portal.read(ids.subList(i, Math.min(ids.size(), i + CHUNK)), to,
                    organisations)) {
                pass.queue(dossier);
            }
        }
        state.commitWatermark(PortalDossierChanges.SOURCE, to, clock.instant());
        DossierSyncReport report = pass.report();
        report.rejected().forEach(r -> log.warn("dossier sync: not queued: {}", r.describe()));
        return report;
    }

    /** The rejections recorded for {@code dossierCode}, oldest first. */
    public List<RejectedRecord> rejections(String dossierCode) {
        return state.rejections(dossierCode);
    }

    /** The counts of one pass, and what it queues. */
    private final class Pass {
        private final long from;
        private final long to;
        private int dossiersQueued;
        private int progressQueued;
        private int alreadyQueued;
        private int dossiersUnchanged;
        private int progressHeldBack;
        private final List<RejectedRecord> rejected = new ArrayList<>();

        Pass(long from, long to) {
            this.from = from;
            this.to = to;
        }

        void queue(ChangedDossier dossier) {
            String code = dossier.record().dossierCode();
            String orgCode = dossier.record().handlingOrgCode();
            String recordHash = sha256(packets.record(dossier));
            Optional<String> lastQueued = state.lastQueuedHash(code);
            boolean pushedBefore = lastQueued.isPresent();
            if (lastQueued.filter(recordHash::equals).isPresent()) {
                dossiersUnchanged++;
            } else {
                DossierPacket packet = packets.dossier(dossier, pushedBefore);
                if (valid(packet)) {
                    Outbox.Queued queued = outbox.enqueue(packet.toOutbox(orgCode), clock.instant());
                    count(queued, true);
                    state.recordQueued(code, recordHash, queued.entry().id(), clock.instant());
                } else if (!pushedBefore) {
                    progressHeldBack += dossier.steps().size();
                    return; // its progress would reach the portal before the dossier: it goes with the first push
                }
            }
            for (ProcessingStep step : dossier.steps()) {
                if (pushedBefore && step.changeSeq() <= from) {
                    continue; // queued by an earlier pass
                }
                DossierPacket packet = packets.progress(dossier, step);
                if (valid(packet)) {
                    count(outbox.enqueue(packet.toOutbox(orgCode), clock.instant()), false);
                }
            }
        }

        private boolean valid(DossierPacket packet) {
            if (packet.conforms()) {
                return true;
            }
            RejectedRecord rejection = packet.rejection();
            state.recordRejection(rejection, to, clock.instant());
            rejected.add(rejection);
            return false;
        }

        private void count(Outbox.Queued queued, boolean dossierPacket) {
            if (queued.outcome() != Outbox.Queueing.QUEUED) {
                alreadyQueued++;
            } else if (dossierPacket) {
                dossiersQueued++;
            } else {
                progressQueued++;
            }
        }

        DossierSyncReport report() {
            return new DossierSyncReport(from, Math.max(from, to), dossiersQueued, progressQueued, alreadyQueued,
                    dossiersUnchanged, progressHeldBack, rejected);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
