package org.tthc.domain.packet.lgsp;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.wire.WireDateFormat;
import org.tthc.domain.personal.ApplicantContact;

/**
 * Writes the 2018 LGSP packets we send (reference.md §2.1): {@code MSyncDocument} for one dossier and
 * {@code MDocumentTraces} for one processing step, each as one JSON object with the wire names at top level (what
 * OpenCPS posts) or as XML with the packet's name as root, fields in the order of the 2018 schema. The inverse of
 * {@link LgspPacketReader}'s mappers: what this writes reads back to the same canonical record, for every field the
 * packet carries (docs/national-sync.md, "LGSP packets (2018)"). The status is said the way {@code DocumentMapper}
 * derives it: {@code IsReturned} for 10, {@code IsSuccess} with {@code SuccessDate} for 9 and 10, an open last
 * {@code Supplementaries} round (or {@code HasSupplementary} without rounds) for 5. Dates are
 * {@link WireDateFormat#LGSP}; a date the packet requires but the dossier lacks is OpenCPS's "no date"
 * {@code 0000-00-00T00:00:00.000+0700}, which the reader reads as none. The applicant's personal data comes from
 * the {@link ApplicantContact} parameter (portal-lite's store), never from the canonical record. The level-1
 * organisation ({@code OrganInchargeIdLevel1} / {@code OrganizationInchargeIdLevel1}, spelt per packet) is the
 * deployment's. Keys come in a fixed order and absent values are left out, so the same record always gives the
 * same text. Thread-safe.
 */
public final class LgspPacketWriter {
    private static final WireDateFormat DATES = WireDateFormat.LGSP;
    /** OpenCPS's MSyncDocument {@code Status}: 2 while the result waits to be handed over ("releasing"), else 1. */
    private static final int RELEASING = 2;
    private static final int NOT_RELEASING = 1;

    private final String level1Code;
    private final String level1Name;
    private final JsonMapper json = JsonMapper.builder().build();

    /** @param level1Code the level-1 organisation's electronic id ({@code 000.00.00.H49}); with its name */
    public LgspPacketWriter(String level1Code, String level1Name) {
        this.level1Code = Objects.requireNonNull(level1Code, "level1Code");
        this.level1Name = Objects.requireNonNull(level1Name, "level1Name");
    }

    /** MSyncDocument as one JSON object. */
    public String documentJson(DossierRecord dossier, ApplicantContact applicant) {
        return json(document(dossier, applicant), dossier.dossierCode());
    }

    /** MSyncDocument as XML, root {@code MSyncDocument}, valid against {@code MSyncDocument.xsd} when complete. */
    public String documentXml(DossierRecord dossier, ApplicantContact applicant) {
        return LgspXml.write(LgspPacketKind.DOCUMENT.packetName(), document(dossier, applicant));
    }

    /** MDocumentTraces as one JSON object. */
    public String traceJson(DossierEvent event) {
        return json(trace(event), event.dossierCode());
    }

    /** MDocumentTraces as XML, root {@code MDocumentTraces}. */
    public String traceXml(DossierEvent event) {
        return LgspXml.write(LgspPacketKind.TRACE.packetName(), trace(event));
    }

    /**
     * The dossier as an MSyncDocument tree. A status the packet cannot say reads back as the nearest it can: 2 and
     * 6 as 4 (processing), 7 and 8 as 9 when they have an end of processing, else 4 (docs/decisions.md).
     */
    ObjectNode document(DossierRecord d, ApplicantContact applicant) {
        Objects.requireNonNull(applicant, "applicant: MSyncDocument requires CitizenName, ApplicantsId and Phone");
        boolean returned = d.status() == StatusCode.RESULT_RETURNED;
        boolean success = returned || d.status() == StatusCode.FINISHED;
        ObjectNode r = json.createObjectNode();
        text(r, "DocTypeCode", d.procedureCode());
        text(r, "DocTypeName", d.procedureName());
        text(r, "DocCode", d.dossierCode());
        text(r, "CitizenName", applicant.name());
        text(r, "ApplicantsId", applicant.idNumber());
        if (d.applicantType() != null) {
            r.put("ApplicantsType", d.applicantType().code());
        }
        text(r, "Email", applicant.email());
        text(r, "Phone", applicant.phone());
        text(r, "Compendium", d.summary());
        time(r, "DateReceived", d.receivedAt());
        r.put("DateAppointed", DATES.formatOrNone(d.dueAt()));
        r.put("IsSuccess", success);
        r.put("SuccessDate", DATES.formatOrNone(success ? d.finishedAt() : null));
        r.put("IsReturned", returned);
        r.put("ReturnedDate", DATES.formatOrNone(returned ? d.returnedAt() : null));
        r.put("ReturnedType", d.channel() == Channel.POSTAL ? 1 : 0);
        time(r, "FinishedDate", d.finishedAt());
        r.put("Status", d.status() == StatusCode.FINISHED ? RELEASING : NOT_RELEASING);
        text(r, "ProcessingOrganName", d.handlingOrgName());
        r.put("HasSupplementary", !d.supplements().isEmpty() || d.status() == StatusCode.SUPPLEMENT_REQUESTED);
        supplements(r, d.supplements());
        r.put("OrganInchargeIdLevel1", level1Code);
        r.put("OrganInchargeName", level1Name);
        return r;
    }

    /**
     * The step as an MDocumentTraces tree. {@code Status} is the DVCQG code, which the reader requires;
     * {@code DocumentId} is the dossier code (the sender's own id, which the reader does not read); the step's start
     * and deadline have no field in this packet.
     */
    ObjectNode trace(DossierEvent e) {
        ObjectNode t = json.createObjectNode();
        t.put("DocumentId", e.dossierCode());
        t.put("DocCode", e.dossierCode());
        text(t, "UserName", e.handler());
        text(t, "UserPosition", e.handlerTitle());
        time(t, "DateCreated", e.occurredAt());
        text(t, "Comment", e.content());
        t.put("Status", e.status().code());
        t.put("OrganizationInchargeIdLevel1", level1Code);
        t.put("OrganizationInchargeName", level1Name);
        return t;
    }

    /** One item per round, numbered from 1; a round not yet answered has {@code IsReceived} false and no date. */
    private static void supplements(ObjectNode r, List<SupplementRound> rounds) {
        if (rounds.isEmpty()) {
            return;
        }
        ArrayNode items = r.putArray("Supplementaries");
        for (int i = 0; i < rounds.size(); i++) {
            SupplementRound round = rounds.get(i);
            ObjectNode item = items.addObject();
            item.put("SupplementaryId", i + 1);
            item.put("SendDate", DATES.formatOrNone(round.requestedAt()));
            item.put("ReceivedDate", DATES.formatOrNone(round.completedAt()));
            item.put("IsReceived", round.completedAt() != null);
            item.put("OldDateAppointed", DATES.formatOrNone(round.previousDueAt()));
            time(item, "NewDateAppointed", round.newDueAt());
        }
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void time(ObjectNode node, String field, LocalDateTime value) {
        if (value != null) {
            node.put(field, DATES.format(value));
        }
    }

    private String json(ObjectNode packet, String dossierCode) {
        try {
            return json.writeValueAsString(packet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the LGSP packet of dossier " + dossierCode, e);
        }
    }
}
