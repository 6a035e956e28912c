package org.tthc.domain.organisation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The two views of every statistic (statistics-rules §6, reference.md §5.5): which day's organisation structure
 * the dossiers of a period are attributed to. Both use {@link OrganisationCatalogue#rollUp(String, LocalDate)};
 * they differ only in the day.
 */
public enum OrganisationView {
    /**
     * The hierarchy valid on the day the period is evaluated as of. A code no longer valid then (an abolished
     * district, a merged commune or province) counts under its successor valid on that day, which is how a dossier
     * pending across a reform is carried over.
     */
    AS_REPORTED("as-reported") {
        @Override
        public LocalDate attributionDay(LocalDate asOf, LocalDate today) {
            return asOf;
        }
    },
    /** History re-attributed through the successions to the organisations valid today, then today's hierarchy. */
    RESTATED("restated") {
        @Override
        public LocalDate attributionDay(LocalDate asOf, LocalDate today) {
            return today;
        }
    };

    private final String externalName;

    OrganisationView(String externalName) {
        this.externalName = externalName;
    }

    /** The day whose organisation structure a period evaluated as of {@code asOf}, on {@code today}, is shown in. */
    public abstract LocalDate attributionDay(LocalDate asOf, LocalDate today);

    /** The name on the command line and in the API: {@code as-reported}, {@code restated}. */
    public String externalName() {
        return externalName;
    }

    /** Reads {@code as-reported} or {@code restated} (any case; the constant names too). */
    public static OrganisationView parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(v -> v.externalName.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("invalid view '" + text
                        + "': expected as-reported (the structure at the period's end) or restated (today's)"));
    }
}
