package org.tthc.domain.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

/** One object of a catalogue array, read field by field; every failure names the file, entry and field. */
final class CatalogueEntry {
    private final String file;
    private final int index;
    private final JsonNode node;
    private String key;

    CatalogueEntry(String file, int index, JsonNode node, String keyField) {
        this.file = file;
        this.index = index;
        this.node = node;
        if (!node.isObject()) {
            throw fail(null, "expected an object, found " + node.getNodeType());
        }
        JsonNode keyNode = node.get(keyField);
        this.key = keyNode != null && keyNode.isValueNode() ? keyField + " " + keyNode.asText() : null;
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw fail(field, "is missing or empty");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw fail(field, "expected text, found " + value.getNodeType());
        }
        return value.asText();
    }

    /** A whole number, given as a JSON number or as digits in a string (DVCQG services send both). */
    long requiredLong(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(field, "is missing");
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().trim());
            } catch (NumberFormatException e) {
                throw fail(field, "expected a whole number, was '" + value.asText() + "'");
            }
        }
        throw fail(field, "expected a whole number, was " + value);
    }

    int requiredInt(String field, int min, int max) {
        long value = requiredLong(field);
        if (value < min || value > max) {
            throw fail(field, "expected " + min + " to " + max + ", was " + value);
        }
        return (int) value;
    }

    /** A {@code yyyy-MM-dd} date, or null when the field is absent, null or empty. */
    LocalDate optionalDate(String field) {
        String text = optionalText(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw fail(field, "expected a date yyyy-MM-dd, was '" + text + "'");
        }
    }

    LocalDate requiredDate(String field) {
        LocalDate date = optionalDate(field);
        if (date == null) {
            throw fail(field, "is missing or empty");
        }
        return date;
    }

    /** {@code true} or {@code false}, as a JSON boolean or text; {@code otherwise} when absent or null. */
    boolean optionalBoolean(String field, boolean otherwise) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.isTextual() ? value.asText().trim() : "";
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw fail(field, "expected true or false, was " + value);
    }

    <E extends Enum<E>> E optionalEnum(String field, Class<E> type, E otherwise) {
        String text = optionalText(field);
        return text == null || text.isBlank() ? otherwise : requiredEnum(field, type);
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        String text = requiredText(field).trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw fail(field, "unknown value '" + text + "'; expected one of "
                + java.util.Arrays.toString(type.getEnumConstants()));
    }

    CatalogueFormatException fail(String field, String reason) {
        return new CatalogueFormatException(file, index, key, field, reason);
    }
}
