package org.tthc.ingestion.csv;

import static org.tthc.ingestion.csv.CanonicalField.APPLICANT_TYPE;
import static org.tthc.ingestion.csv.CanonicalField.CHANNEL;
import static org.tthc.ingestion.csv.CanonicalField.DOSSIER_CODE;
import static org.tthc.ingestion.csv.CanonicalField.DUE_AT;
import static org.tthc.ingestion.csv.CanonicalField.FINISHED_AT;
import static org.tthc.ingestion.csv.CanonicalField.HANDLING_ORG_CODE;
import static org.tthc.ingestion.csv.CanonicalField.HANDLING_ORG_NAME;
import static org.tthc.ingestion.csv.CanonicalField.ORIGINAL_DOSSIER_CODE;
import static org.tthc.ingestion.csv.CanonicalField.PROCEDURE_CODE;
import static org.tthc.ingestion.csv.CanonicalField.PROCEDURE_NAME;
import static org.tthc.ingestion.csv.CanonicalField.RECEIVED_AT;
import static org.tthc.ingestion.csv.CanonicalField.RETURNED_AT;
import static org.tthc.ingestion.csv.CanonicalField.SECTOR_CODE;
import static org.tthc.ingestion.csv.CanonicalField.SECTOR_NAME;
import static org.tthc.ingestion.csv.CanonicalField.SOURCE_UPDATED_AT;
import static org.tthc.ingestion.csv.CanonicalField.STATUS;
import static org.tthc.ingestion.csv.CanonicalField.SUMMARY;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.packet.wire.DossierChecks;
import org.tthc.domain.packet.wire.Mapped;
import org.tthc.domain.packet.wire.WireDateFormat;
import org.tthc.domain.packet.wire.WireFields;

/**
 * Maps one CSV row (as a JSON object keyed by column header) to a {@link DossierRecord} through a
 * {@link CsvMapping}, with the validation every source gets ({@link WireFields}, {@link DossierChecks}); problems
 * are named by the CSV column. Dates are {@code dd/MM/yyyy HH:mm:ss} local times of Asia/Ho_Chi_Minh. A field the
 * mapping leaves out is absent.
 */
final class CsvDossierMapper {
    private final String sourceSystem;
    private final CsvMapping mapping;

    CsvDossierMapper(String sourceSystem, CsvMapping mapping) {
        this.sourceSystem = sourceSystem;
        this.mapping = mapping;
    }

    Mapped<DossierRecord> map(JsonNode row, LocalDateTime futureLimit) {
        Row f = new Row(new WireFields(row, futureLimit, WireDateFormat.DAY_MONTH_YEAR));
        String dossierCode = f.wire.requiredKey(column(DOSSIER_CODE), DossierChecks.MAX_CODE);
        StatusCode status = status(f.wire);
        LocalDateTime receivedAt = f.read(RECEIVED_AT, f.wire::eventTime);
        DossierChecks.receivedUnlessNeverReceived(f.wire, name(RECEIVED_AT), receivedAt, column(STATUS), status);
        LocalDateTime dueAt = f.read(DUE_AT, f.wire::deadline);
        LocalDateTime finishedAt = f.read(FINISHED_AT, f.wire::eventTime);
        DossierChecks.notBeforeReceipt(f.wire, name(RECEIVED_AT), receivedAt, name(DUE_AT), dueAt, name(FINISHED_AT),
                finishedAt);
        Channel channel = f.read(CHANNEL, c -> f.wire.coded(c, Channel::ofCode,
                "a channel (1 in person, 2 online, 3 postal)", false));
        ApplicantType applicantType = f.read(APPLICANT_TYPE, c -> f.wire.coded(c, ApplicantType::ofCode,
                "an applicant type (1 citizen, 2 enterprise, 3 state agency, 4 organisation or other)", false));
        String handlingOrgCode = DossierChecks.handlingOrgCode(f.wire, column(HANDLING_ORG_CODE),
                column(DOSSIER_CODE), dossierCode, null);
        String procedureCode = f.read(PROCEDURE_CODE, f.wire::text);
        String procedureName = f.read(PROCEDURE_NAME, f.wire::text);
        String sectorCode = f.read(SECTOR_CODE, f.wire::text);
        String sectorName = f.read(SECTOR_NAME, f.wire::text);
        String summary = f.read(SUMMARY, c -> f.wire.truncated(c, DossierChecks.MAX_SUMMARY));
        String handlingOrgName = f.read(HANDLING_ORG_NAME, f.wire::text);
        LocalDateTime returnedAt = f.read(RETURNED_AT, f.wire::eventTime);
        String originalDossierCode = f.read(ORIGINAL_DOSSIER_CODE, c -> f.wire.text(c, DossierChecks.MAX_CODE));
        LocalDateTime sourceUpdatedAt = f.read(SOURCE_UPDATED_AT, f.wire::eventTime);
        if (!f.wire.problems().isEmpty()) {
            return Mapped.rejected(f.wire.problems());
        }
        return Mapped.accepted(new DossierRecord(sourceSystem, dossierCode, procedureCode, procedureName, sectorCode,
                sectorName, channel, applicantType, summary, handlingOrgCode, handlingOrgName, receivedAt, dueAt,
                status, finishedAt, returnedAt, List.of(), originalDossierCode, sourceUpdatedAt));
    }

    /** The source's status value, through {@code status_codes} when the mapping has them. */
    private StatusCode status(WireFields f) {
        String statusColumn = column(STATUS);
        if (mapping.statusCodes().isEmpty()) {
            return f.coded(statusColumn, StatusCode::ofCode, "a status code (1–10)", true);
        }
        String value = f.text(statusColumn);
        if (value == null) {
            return f.hasProblem(statusColumn) ? null : f.problem(statusColumn, statusColumn + " is missing");
        }
        StatusCode code = mapping.statusCodes().get(value);
        return code != null ? code : f.problem(statusColumn, statusColumn + " '" + value
                + "' is not a status the mapping knows (status_codes: "
                + String.join(", ", mapping.statusCodes().keySet()) + ")");
    }

    private String column(CanonicalField field) {
        return mapping.column(field);
    }

    /** A problem's name when the field is not mapped: the canonical field's. */
    private String name(CanonicalField field) {
        String column = column(field);
        return column != null ? column : field.mappingName();
    }

    /** Reads mapped fields; an unmapped field is null. */
    private final class Row {
        private final WireFields wire;

        Row(WireFields wire) {
            this.wire = wire;
        }

        <T> T read(CanonicalField field, Function<String, T> reader) {
            String column = column(field);
            return column == null ? null : reader.apply(column);
        }
    }
}
