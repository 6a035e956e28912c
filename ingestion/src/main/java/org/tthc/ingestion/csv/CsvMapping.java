package org.tthc.ingestion.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.personal.PersonalFields;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * How one one-stop system's CSV export maps to canonical records, read from a YAML file (docs/cli.md, example in
 * {@code docs/examples/csv/mapping.yaml}):
 * <pre>
 * delimiter: ","                  # optional, one character; default ","
 * columns:                        # canonical field: the column header in the CSV
 *   dossier_code: Mã hồ sơ
 *   status: Trạng thái
 *   received_at: Ngày tiếp nhận   # dates dd/MM/yyyy HH:mm:ss, Asia/Ho_Chi_Minh
 *   applicant_id_number: Số CCCD  # hashed, never stored
 * status_codes:                   # optional: the source's status values to DVCQG codes 1–10
 *   Đang xử lý: 4
 * personal_columns: [Họ tên, Địa chỉ]   # optional: removed from quarantined rows
 * </pre>
 * Without {@code status_codes} the status column holds DVCQG codes. Unknown keys and fields are errors, so a typo
 * does not silently drop a column.
 */
public record CsvMapping(char delimiter, Map<CanonicalField, String> columns, Map<String, StatusCode> statusCodes,
                         List<String> personalColumns) {
    private static final Set<String> KEYS = Set.of("delimiter", "columns", "status_codes", "personal_columns");

    public CsvMapping {
        columns = Map.copyOf(columns);
        statusCodes = Map.copyOf(statusCodes);
        personalColumns = List.copyOf(personalColumns);
        for (CanonicalField field : CanonicalField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                throw new IllegalArgumentException("the CSV mapping must map " + field.mappingName());
            }
        }
    }

    public static CsvMapping read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV mapping " + file, e);
        }
    }

    /**
     * @param where names the mapping in errors (its file)
     * @throws IllegalArgumentException whose message starts {@code CSV mapping <where>} and says what is wrong
     */
    public static CsvMapping read(Reader in, String where) {
        try {
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), where);
        } catch (YAMLException | ClassCastException e) {
            throw new IllegalArgumentException("CSV mapping " + where + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The column mapped to a field, or null. */
    public String column(CanonicalField field) {
        return columns.get(field);
    }

    /** Where the rows carry personal data: hashed identifiers, removed names and addresses. */
    public PersonalFields personalFields() {
        return new PersonalFields(column(CanonicalField.APPLICANT_ID_NUMBER), column(CanonicalField.APPLICANT_PHONE),
                column(CanonicalField.APPLICANT_EMAIL), null, personalColumns);
    }

    @SuppressWarnings("unchecked")
    private static CsvMapping parse(Object root, String where) {
        if (!(root instanceof Map<?, ?> untyped)) {
            throw new IllegalArgumentException("CSV mapping " + where + " must be a YAML map with 'columns'");
        }
        Map<Object, Object> top = (Map<Object, Object>) untyped;
        for (Object key : top.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("CSV mapping " + where + ": unknown key '" + key + "' (known: "
                        + String.join(", ", KEYS) + ")");
            }
        }
        String delimiter = String.valueOf(top.getOrDefault("delimiter", ","));
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException("CSV mapping " + where + ": delimiter must be one character");
        }
        Map<CanonicalField, String> columns = new EnumMap<>(CanonicalField.class);
        Map<String, Object> given = (Map<String, Object>) top.get("columns");
        if (given == null) {
            throw new IllegalArgumentException("CSV mapping " + where + " has no 'columns'");
        }
        given.forEach((name, column) -> columns.put(CanonicalField.ofMappingName(name).orElseThrow(() ->
                new IllegalArgumentException("CSV mapping " + where + ": unknown field '" + name + "' (known: "
                        + String.join(", ", Arrays.stream(CanonicalField.values())
                        .map(CanonicalField::mappingName).toList()) + ")")), String.valueOf(column)));
        Map<String, StatusCode> statusCodes = new LinkedHashMap<>();
        Map<Object, Object> codes = (Map<Object, Object>) top.getOrDefault("status_codes", Map.of());
        codes.forEach((value, code) -> statusCodes.put(String.valueOf(value).trim(),
                StatusCode.ofCode(Integer.parseInt(String.valueOf(code).trim())).orElseThrow(() ->
                        new IllegalArgumentException("CSV mapping " + where + ": status_codes maps '" + value
                                + "' to " + code + ", which is not a DVCQG status code (1–10)"))));
        List<String> personal = new ArrayList<>();
        for (Object column : (List<Object>) top.getOrDefault("personal_columns", List.of())) {
            personal.add(String.valueOf(column));
        }
        try {
            return new CsvMapping(delimiter.charAt(0), columns, statusCodes, personal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CSV mapping " + where + ": " + e.getMessage(), e);
        }
    }
}
