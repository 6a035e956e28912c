package org.tthc.domain.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations known to the platform, with the roll-up rule: an organisation counts for itself and every
 * ancestor along its parent chain; an organisation missing from the catalogue is kept, flagged, and rolled up to
 * the level-1 organisation its code names.
 */
public final class OrganisationCatalogue {
    private final Map<String, Organisation> byCode = new LinkedHashMap<>();

    public OrganisationCatalogue(Collection<Organisation> organisations) {
        for (Organisation org : organisations) {
            // Several versions of one code: the latest version describes it (history is issue-5 work).
            Organisation known = byCode.get(org.code());
            if (known == null || isLater(org, known)) {
                byCode.put(org.code(), org);
            }
        }
    }

    public static OrganisationCatalogue empty() {
        return new OrganisationCatalogue(List.of());
    }

    public Optional<Organisation> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Collection<Organisation> all() {
        return byCode.values();
    }

    /** The organisation itself and all organisations it rolls up to, nearest first. */
    public List<String> selfAndAncestors(String code) {
        Set<String> chain = new LinkedHashSet<>();
        String current = code;
        while (current != null && chain.add(current)) {
            Organisation org = byCode.get(current);
            current = org == null ? null : org.parentCode();
        }
        String last = new ArrayList<>(chain).get(chain.size() - 1);
        Organisation top = byCode.get(last);
        if (top == null || top.level() != 1) {
            // Unknown organisation (or a chain broken by a missing parent): roll up by the code's level-1 segment.
            OrganisationCodes.levelOneCode(last).ifPresent(chain::add);
        }
        return List.copyOf(chain);
    }

    /** The level-1 organisation an organisation rolls up to: the last of its ancestors. */
    public String levelOneOf(String code) {
        List<String> chain = selfAndAncestors(code);
        return chain.get(chain.size() - 1);
    }

    public String nameOf(String code) {
        Organisation org = byCode.get(code);
        return org == null ? code : org.name();
    }

    private static boolean isLater(Organisation candidate, Organisation known) {
        if (known.validFrom() == null) {
            return candidate.validFrom() != null;
        }
        return candidate.validFrom() != null && candidate.validFrom().isAfter(known.validFrom());
    }
}
