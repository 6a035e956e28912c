package org.tthc.ingestion.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Reads the YAML tree key by key, checking the shape of each value before using it, so that a value of the wrong
     * kind (a list where a map belongs, a map where a column header belongs) is named instead of failing a cast.
     */
    private static CsvMapping parse(Object root, String where) {
        if (!(root instanceof Map<?, ?> top)) {
            throw invalid(where, "must be a YAML map with 'columns'");
        }
        for (Object key : top.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw invalid(where, "unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            }
        }
        String delimiter = top.containsKey("delimiter") ? scalar(top.get("delimiter"), where, "delimiter") : ",";
        if (delimiter == null || delimiter.length() != 1) {
            throw invalid(where, "delimiter must be one character");
        }
        Map<?, ?> given = map(top.get("columns"), where, "columns", "canonical field to column header");
        if (given == null) {
            throw new IllegalArgumentException("CSV mapping " + where + " has no 'columns'");
        }
        Map<CanonicalField, String> columns = new EnumMap<>(CanonicalField.class);
        given.forEach((name, column) -> {
            CanonicalField field = CanonicalField.ofMappingName(String.valueOf(name)).orElseThrow(() ->
                    invalid(where, "unknown field '" + name + "' (known: " + String.join(", ", Arrays.stream(
                            CanonicalField.values()).map(CanonicalField::mappingName).toList()) + ")"));
            String header = scalar(column, where, "columns: " + name);
            if (header == null || header.isBlank()) {
                throw invalid(where, "columns: " + name + " names no column header");
            }
            columns.put(field, header);
        });
        Map<String, StatusCode> statusCodes = new LinkedHashMap<>();
        Map<?, ?> codes = map(top.get("status_codes"), where, "status_codes", "source value to DVCQG status code");
        if (codes != null) {
            codes.forEach((value, code) -> statusCodes.put(String.valueOf(value).trim(),
                    statusCode(scalar(code, where, "status_codes: " + value)).orElseThrow(() -> invalid(where,
                            "status_codes maps '" + value + "' to " + code
                                    + ", which is not a DVCQG status code (1–10)"))));
        }
        List<String> personal = new ArrayList<>();
        Object personalColumns = top.get("personal_columns");
        if (personalColumns != null && !(personalColumns instanceof List<?>)) {
            throw invalid(where, "personal_columns must be a list of column headers");
        }
        if (personalColumns != null) {
            for (Object column : (List<?>) personalColumns) {
                String header = scalar(column, where, "personal_columns");
                if (header == null || header.isBlank()) {
                    throw invalid(where, "personal_columns has an empty entry (YAML reads null and ~ as empty)");
                }
                personal.add(header);
            }
        }
        try {
            return new CsvMapping(delimiter.charAt(0), columns, statusCodes, personal);
        } catch (IllegalArgumentException e) {
            throw invalid(where, e.getMessage());
        }
    }

    /** A map, null when absent; anything else names the key and what it should hold. */
    private static Map<?, ?> map(Object value, String where, String key, String holds) {
        if (value == null || value instanceof Map<?, ?>) {
            return (Map<?, ?>) value;
        }
        throw invalid(where, key + " must be a map of " + holds + ", not " + kind(value));
    }

    /** A single value as text (null stays null); a list or a map names the key instead. */
    private static String scalar(Object value, String where, String key) {
        boolean many = value instanceof Map<?, ?> || value instanceof Collection<?>
                || (value != null && value.getClass().isArray());
        if (many) {
            throw invalid(where, key + " must be a single value, not " + kind(value));
        }
        return value == null ? null : String.valueOf(value);
    }

    private static Optional<StatusCode> statusCode(String code) {
        String text = code == null ? "" : code.trim();
        return text.matches("\\d{1,2}") ? StatusCode.ofCode(Integer.parseInt(text)) : Optional.empty();
    }

    private static String kind(Object value) {
        return value instanceof Map<?, ?> ? "a map" : value instanceof Collection<?> ? "a list" : "'" + value + "'";
    }

    private static IllegalArgumentException invalid(String where, String problem) {
        return new IllegalArgumentException("CSV mapping " + where + ": " + problem);
    }
}
