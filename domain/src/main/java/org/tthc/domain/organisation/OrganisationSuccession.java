package org.tthc.domain.organisation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the succession crosswalk ({@code org_succession}): from {@code effectiveDate} on, the work of
 * {@code predecessorCode} is carried by {@code successorCode}.
 *
 * <p>A dossier is counted whole, never in shares, so a predecessor with several successors on one date (a split)
 * names exactly one of them {@code primary}: the one its dossiers are attributed to (in reality the unit that takes
 * over its pending files, e.g. the commune at the former district seat). A merge or rename has one successor per
 * predecessor, which is its primary one.
 */
public record OrganisationSuccession(
        String predecessorCode,
        String successorCode,
        LocalDate effectiveDate,
        SuccessionKind kind,
        boolean primary) {

    public OrganisationSuccession {
        Objects.requireNonNull(predecessorCode, "predecessorCode");
        Objects.requireNonNull(successorCode, "successorCode");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(kind, "kind");
        if (predecessorCode.equals(successorCode)) {
            throw new IllegalArgumentException("organisation " + predecessorCode + " cannot succeed itself");
        }
    }

    /** {@code predecessor} merges into {@code successor} on {@code effectiveDate}. */
    public static OrganisationSuccession merge(String predecessor, String successor, LocalDate effectiveDate) {
        return new OrganisationSuccession(predecessor, successor, effectiveDate, SuccessionKind.MERGE, true);
    }

    /** Part of {@code predecessor} goes to {@code successor}; {@code primary}: the part that takes its dossiers. */
    public static OrganisationSuccession split(String predecessor, String successor, LocalDate effectiveDate,
                                               boolean primary) {
        return new OrganisationSuccession(predecessor, successor, effectiveDate, SuccessionKind.SPLIT, primary);
    }

    /** {@code predecessor} continues as {@code successor}. */
    public static OrganisationSuccession rename(String predecessor, String successor, LocalDate effectiveDate) {
        return new OrganisationSuccession(predecessor, successor, effectiveDate, SuccessionKind.RENAME, true);
    }
}
