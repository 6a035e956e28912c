package org.tthc.domain.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SCD2 versions of one code in order of {@code validFrom} (an open start first). A version is in effect from its
 * {@code validFrom} to its {@code validTo} or to the day before the next version starts, whichever comes first, so
 * versions never overlap: a later version supersedes an earlier one that was left open. Of two versions with the
 * same {@code validFrom}, the first given counts.
 */
final class OrganisationVersions {
    private static final Comparator<Organisation> BY_START =
            Comparator.comparing(Organisation::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<Organisation> versions;
    /** The last day each version is in effect; null: open. */
    private final List<LocalDate> effectiveTo;

    private OrganisationVersions(List<Organisation> versions, List<LocalDate> effectiveTo) {
        this.versions = versions;
        this.effectiveTo = effectiveTo;
    }

    static OrganisationVersions of(List<Organisation> given) {
        List<Organisation> sorted = new ArrayList<>();
        for (Organisation version : given) {
            if (sorted.stream().noneMatch(v -> Objects.equals(v.validFrom(), version.validFrom()))) {
                sorted.add(version);
            }
        }
        sorted.sort(BY_START);
        List<LocalDate> ends = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate end = sorted.get(i).validTo();
            if (i + 1 < sorted.size()) {
                LocalDate dayBeforeNext = sorted.get(i + 1).validFrom().minusDays(1);
                end = end == null || end.isAfter(dayBeforeNext) ? dayBeforeNext : end;
            }
            ends.add(end);
        }
        return new OrganisationVersions(List.copyOf(sorted), ends);
    }

    /** The version in effect on {@code day}, if any. */
    Optional<Organisation> validOn(LocalDate day) {
        for (int i = 0; i < versions.size(); i++) {
            Organisation v = versions.get(i);
            LocalDate end = effectiveTo.get(i);
            if ((v.validFrom() == null || !day.isBefore(v.validFrom())) && (end == null || !day.isAfter(end))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The version that describes the code on {@code day}: the one in effect, else the last one that started before
     * (the organisation as last known), else the first one (a day before the code existed).
     */
    Organisation describing(LocalDate day) {
        Organisation started = versions.get(0);
        for (Organisation v : versions) {
            if (v.validFrom() == null || !day.isBefore(v.validFrom())) {
                started = v;
            }
        }
        return validOn(day).orElse(started);
    }

    Organisation latest() {
        return versions.get(versions.size() - 1);
    }

    List<Organisation> all() {
        return versions;
    }
}
