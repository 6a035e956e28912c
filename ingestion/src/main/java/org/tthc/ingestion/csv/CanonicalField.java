package org.tthc.ingestion.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a canonical dossier record (and of its applicant) a CSV column can be mapped to, by the names a
 * mapping file uses. The applicant's identifiers are read only to be hashed.
 */
public enum CanonicalField {
    DOSSIER_CODE(true),
    STATUS(true),
    PROCEDURE_CODE,
    PROCEDURE_NAME,
    SECTOR_CODE,
    SECTOR_NAME,
    CHANNEL,
    APPLICANT_TYPE,
    SUMMARY,
    HANDLING_ORG_CODE,
    HANDLING_ORG_NAME,
    RECEIVED_AT,
    DUE_AT,
    FINISHED_AT,
    RETURNED_AT,
    ORIGINAL_DOSSIER_CODE,
    SOURCE_UPDATED_AT,
    APPLICANT_ID_NUMBER,
    APPLICANT_PHONE,
    APPLICANT_EMAIL;

    private final boolean required;

    CanonicalField() {
        this(false);
    }

    CanonicalField(boolean required) {
        this.required = required;
    }

    /** Must every mapping map it? */
    public boolean required() {
        return required;
    }

    /** The name in mapping files: {@code dossier_code}, {@code received_at}, … */
    public String mappingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CanonicalField> ofMappingName(String name) {
        return Arrays.stream(values()).filter(f -> f.mappingName().equals(name)).findFirst();
    }
}
