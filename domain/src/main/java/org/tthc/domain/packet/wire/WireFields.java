package org.tthc.domain.packet.wire;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reading of one wire record's fields (a DVCQG or LGSP record, a CSV row), collecting a {@link FieldProblem}
 * for each field that is wrong instead of stopping at the first: the one place where every source's fields are
 * checked. The record is a JSON tree (XML and CSV readers build one per record). Text is trimmed, and empty text
 * counts as absent. Date-times are read in the source's {@link WireDateFormat}, as text or as a JSON number.
 */
public final class WireFields {
    public static final int MAX_TEXT = 2000;
    private static final Pattern SMALL_INTEGER = Pattern.compile("\\d{1,9}");

    private final JsonNode record;
    private final String path;
    private final LocalDateTime futureLimit;
    private final WireDateFormat dates;
    private final List<FieldProblem> problems;

    /** DVCQG dates ({@code yyyyMMddHHmmss}). */
    public WireFields(JsonNode record, LocalDateTime futureLimit) {
        this(record, futureLimit, WireDateFormat.DVCQG);
    }

    /** @param futureLimit a time after which an event time is "in the future" (now + 1 day) */
    public WireFields(JsonNode record, LocalDateTime futureLimit, WireDateFormat dates) {
        this(record, "", futureLimit, dates, new ArrayList<>());
    }

    private WireFields(JsonNode record, String path, LocalDateTime futureLimit, WireDateFormat dates,
                       List<FieldProblem> problems) {
        this.record = record;
        this.path = path;
        this.futureLimit = futureLimit;
        this.dates = dates;
        this.problems = problems;
    }

    /** The fields of a nested object; its problems are named {@code path + field} and join this record's. */
    public WireFields nested(JsonNode child, String childPath) {
        return new WireFields(child, path + childPath, futureLimit, dates, problems);
    }

    public JsonNode node(String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** Trimmed text, null when absent or empty; longer than {@link #MAX_TEXT} is a problem. */
    public String text(String field) {
        return text(field, MAX_TEXT);
    }

    public String text(String field, int maxLength) {
        String text = rawText(field);
        if (text != null && text.length() > maxLength) {
            return problem(field, name(field) + " is " + text.length() + " characters long, more than " + maxLength);
        }
        return text;
    }

    /** Trimmed text cut to {@code maxLength} characters. */
    public String truncated(String field, int maxLength) {
        String text = rawText(field);
        return text != null && text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    /** A required key such as MaHoSo: missing, blank and too long are each a problem. */
    public String requiredKey(String field, int maxLength) {
        JsonNode value = node(field);
        if (value == null) {
            return problem(field, name(field) + " is missing");
        }
        String text = rawText(field);
        if (text == null) {
            return value.isValueNode() ? problem(field, name(field) + " is blank") : null;
        }
        return text(field, maxLength);
    }

    /** A code of a DVCQG code list, as a numeric string or a JSON number. */
    public <T> T coded(String field, IntFunction<Optional<T>> lookup, String expected, boolean required) {
        String text = rawText(field);
        if (text == null) {
            return required && !hasProblem(field) ? problem(field, name(field) + " is missing") : null;
        }
        Optional<T> value = SMALL_INTEGER.matcher(text).matches()
                ? lookup.apply(Integer.parseInt(text)) : Optional.empty();
        return value.orElseGet(() -> problem(field, name(field) + " '" + text + "' is not " + expected));
    }

    /** A yes/no field: {@code true}/{@code false} in any case, or {@code 1}/{@code 0}; null when absent. */
    public Boolean flag(String field) {
        String text = rawText(field);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> problem(field, name(field) + " '" + text + "' is not true or false");
        };
    }

    /** When something happened: after the future limit is a problem. */
    public LocalDateTime eventTime(String field) {
        LocalDateTime time = deadline(field);
        if (time != null && time.isAfter(futureLimit)) {
            return problem(field, name(field) + " '" + rawText(field) + "' is in the future (after " + futureLimit
                    + ", now + 1 day)");
        }
        return time;
    }

    /** A due or appointment time: naturally in the future, so not checked against now. */
    public LocalDateTime deadline(String field) {
        String text = rawText(field);
        if (text == null) {
            return null;
        }
        if (dates.meansNone(text)) {
            return null;
        }
        if (!dates.hasShape(text)) {
            return problem(field, name(field) + " '" + text + "' is not a date in " + dates.pattern());
        }
        try {
            return dates.parse(text);
        } catch (DateTimeException e) {
            return problem(field, name(field) + " '" + text + "' is not a real date-time (" + dates.pattern() + ")");
        }
    }

    public LocalDateTime requiredEventTime(String field) {
        LocalDateTime time = eventTime(field);
        return time == null && !hasProblem(field) ? problem(field, name(field) + " is missing") : time;
    }

    /** {@code later} may not be before {@code earlier}; the problem is the later field's. */
    public void notBefore(String laterField, LocalDateTime later, String earlierField, LocalDateTime earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            problem(laterField, name(laterField) + " '" + rawText(laterField) + "' is before " + name(earlierField)
                    + " '" + rawText(earlierField) + "'");
        }
    }

    public <T> T problem(String field, String reason) {
        problems.add(new FieldProblem(name(field), reason));
        return null;
    }

    public boolean hasProblem(String field) {
        String name = name(field);
        return problems.stream().anyMatch(p -> p.field().equals(name));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private String name(String field) {
        return path + field;
    }

    private String rawText(String field) {
        JsonNode value = node(field);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            if (!hasProblem(field)) {
                String shape = value.isArray() ? "a list" : "an object";
                problem(field, name(field) + " must be a single value, not " + shape);
            }
            return null;
        }
        String text = value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
