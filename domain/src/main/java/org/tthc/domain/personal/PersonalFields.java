package org.tthc.domain.personal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where one wire format carries the applicant's personal data, and what becomes of it: the ID number, phone and
 * email are read as keyed hashes ({@link #identity}) and replaced by them in raw payloads kept for quarantine
 * ({@link #protect}); names, addresses and free-text applicant details are removed from raw payloads. Without a
 * hasher nothing personal is read and all of it is removed. Nested lists of identity documents (DVCQG
 * {@code DinhDanhCHS[].SoDinhDanh}) are covered by {@code nestedIdNumbers}.
 *
 * @param idNumber        the field of the applicant's ID number (null when the format has none)
 * @param nestedIdNumbers list field and item field of further ID numbers, or null
 * @param removed         fields of names, addresses and other personal text, removed from raw payloads
 */
public record PersonalFields(String idNumber, String phone, String email, String[] nestedIdNumbers,
                             List<String> removed) {
    /** What replaces a removed value in a raw payload. */
    public static final String REMOVED = "(removed: personal data)";
    /** Prefix of a hashed value in a raw payload. */
    public static final String HASHED = "hmac-sha256:";

    public static final PersonalFields DVCQG = new PersonalFields("SoGiayToChuHoSo", "SoDienThoai", "Email",
            new String[] {"DinhDanhCHS", "SoDinhDanh"},
            List.of("ChuHoSo", "MaDoiTuong", "ThongTinKhac", "Fax", "DiaChi"));
    public static final PersonalFields LGSP = new PersonalFields("ApplicantsId", "Phone", "Email", null,
            List.of("CitizenName", "CitizenInfo", "Address"));

    /** The hashes of the record's applicant, or null without a hasher or when the record has none. */
    public ApplicantIdentity identity(ApplicantHasher hasher, String sourceSystem, String dossierCode,
                                      JsonNode record) {
        if (hasher == null || dossierCode == null) {
            return null;
        }
        String id = hasher.idNumber(text(record, idNumber));
        JsonNode list = nestedIdNumbers == null ? null : record.get(nestedIdNumbers[0]);
        if (id == null && list != null && list.isArray() && !list.isEmpty()) {
            id = hasher.idNumber(text(list.get(0), nestedIdNumbers[1]));
        }
        ApplicantIdentity identity = new ApplicantIdentity(sourceSystem, dossierCode, id,
                hasher.phone(text(record, phone)), hasher.email(text(record, email)));
        return identity.isEmpty() ? null : identity;
    }

    /** A copy of the record with personal data hashed or removed, for a raw payload. */
    public JsonNode protect(ApplicantHasher hasher, JsonNode record) {
        if (!(record instanceof ObjectNode object)) {
            return record;
        }
        ObjectNode copy = object.deepCopy();
        replace(copy, idNumber, hasher == null ? null : hasher::idNumber);
        replace(copy, phone, hasher == null ? null : hasher::phone);
        replace(copy, email, hasher == null ? null : hasher::email);
        JsonNode list = nestedIdNumbers == null ? null : copy.get(nestedIdNumbers[0]);
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                if (item instanceof ObjectNode itemObject) {
                    replace(itemObject, nestedIdNumbers[1], hasher == null ? null : hasher::idNumber);
                }
            }
        }
        for (String field : removed) {
            if (copy.has(field)) {
                copy.put(field, REMOVED);
            }
        }
        return copy;
    }

    private static void replace(ObjectNode record, String field, java.util.function.Function<String, String> hash) {
        if (field == null || !record.has(field) || record.get(field).isNull()) {
            return;
        }
        String hashed = hash == null ? null : hash.apply(text(record, field));
        record.put(field, hashed == null ? REMOVED : HASHED + hashed);
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = field == null || record == null ? null : record.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
