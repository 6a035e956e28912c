package org.tthc.domain.packet.wire;

import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.domain.personal.ApplicantIdentity;
import org.tthc.domain.personal.PersonalFields;
import org.tthc.domain.quality.RecordRejection;

/**
 * Hands one input's mapped records to a {@link RecordVisitor}, the same way for every source: an accepted dossier
 * with its applicant's hashes, an accepted event, or one {@link RecordRejection} whose field is the first offending
 * field and whose reason lists every problem. The rejection's raw payload is the record as a JSON tree with the
 * applicant's personal data hashed or removed ({@link PersonalFields#protect}): quarantine never holds it in clear.
 */
public final class RecordDelivery {
    private final String sourceSystem;
    private final String location;
    private final String keyField;
    private final PersonalFields personal;
    private final ApplicantHasher hasher;
    private final ObjectMapper json;
    private final RecordVisitor visitor;

    /**
     * @param keyField the wire name of the dossier code, shown as the rejection's record key
     * @param hasher   the applicant hasher, or null to read no personal data (and remove it from payloads)
     */
    public RecordDelivery(String sourceSystem, String location, String keyField, PersonalFields personal,
                          ApplicantHasher hasher, ObjectMapper json, RecordVisitor visitor) {
        this.sourceSystem = sourceSystem;
        this.location = location;
        this.keyField = keyField;
        this.personal = personal;
        this.hasher = hasher;
        this.json = json;
        this.visitor = visitor;
    }

    /** Delivers a dossier (with its applicant's hashes first) or its rejection; true when accepted. */
    public boolean dossier(Mapped<DossierRecord> mapped, JsonNode record, long position) {
        if (mapped.isAccepted()) {
            ApplicantIdentity applicant = personal.identity(hasher, sourceSystem, mapped.value().dossierCode(),
                    record);
            if (applicant != null) {
                visitor.applicant(applicant);
            }
        }
        return deliver(mapped, visitor::dossier, record, position);
    }

    public boolean event(Mapped<DossierEvent> mapped, JsonNode record, long position) {
        return deliver(mapped, visitor::event, record, position);
    }

    /** Rejects the whole record (field null) or one field of it; always false. */
    public boolean reject(JsonNode record, long position, String field, String reason) {
        visitor.rejected(new RecordRejection(sourceSystem, location, position, recordKey(record), field, reason,
                raw(record)));
        return false;
    }

    private <T> boolean deliver(Mapped<T> mapped, Consumer<T> accept, JsonNode record, long position) {
        if (mapped.isAccepted()) {
            accept.accept(mapped.value());
            return true;
        }
        String reason = String.join("; ", mapped.problems().stream().map(FieldProblem::reason).toList());
        return reject(record, position, mapped.problems().get(0).field(), reason);
    }

    /** The dossier code when it is readable text, cut to {@link DossierChecks#MAX_CODE} characters. */
    private String recordKey(JsonNode record) {
        JsonNode key = record == null ? null : record.get(keyField);
        if (key == null || !key.isValueNode() || key.isNull() || key.asText().isBlank()) {
            return null;
        }
        String text = key.asText().trim();
        return text.length() > DossierChecks.MAX_CODE ? text.substring(0, DossierChecks.MAX_CODE) : text;
    }

    private String raw(JsonNode record) {
        try {
            return json.writeValueAsString(personal.protect(hasher, record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
