package org.tthc.warehouse.quality;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a check's SQL may use, replaced by literals of the engine that runs it (so a timestamp literal
 * is written the way that engine compares it with its timestamp columns). Values are dates and times the
 * platform computes, never text from users: nothing else reaches the SQL.
 */
final class Placeholders {
    static final String PERIOD_START = "period_start";
    static final String PERIOD_END = "period_end";
    static final String PERIOD_FROM = "period_from";
    static final String PERIOD_TO = "period_to";
    static final String TODAY = "today";
    static final String TOMORROW_START = "tomorrow_start";
    static final Set<String> NAMES = Set.of(PERIOD_START, PERIOD_END, PERIOD_FROM, PERIOD_TO, TODAY, TOMORROW_START);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    /** How an engine writes a date and a timestamp (a local date-time of Asia/Ho_Chi_Minh) as a literal. */
    interface Literals {
        String date(LocalDate day);

        String timestamp(LocalDateTime time);
    }

    private Placeholders() {
    }

    /** The placeholder names {@code sql} uses, known or not. */
    static Set<String> namesIn(String sql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(sql);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static String render(String sql, CheckScope scope, LocalDate today, Literals literals) {
        Map<String, String> values = Map.of(
                PERIOD_START, literals.timestamp(scope.start()),
                PERIOD_END, literals.timestamp(scope.end()),
                PERIOD_FROM, literals.date(scope.from()),
                PERIOD_TO, literals.date(scope.to()),
                TODAY, literals.date(today),
                TOMORROW_START, literals.timestamp(today.plusDays(1).atStartOfDay()));
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 256);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                // QualityChecks refuses unknown placeholders when it loads the file; this is a programming error.
                throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
