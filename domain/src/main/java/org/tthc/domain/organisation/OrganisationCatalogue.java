package org.tthc.domain.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The organisations known to the platform with their history: every SCD2 version of each code and the succession
 * crosswalk (merges, splits, renames). {@link #rollUp(String, LocalDate)} is the one roll-up rule every engine uses:
 * the organisations a dossier handled by a code counts for, in the structure of a given day.
 */
public final class OrganisationCatalogue {
    private final Map<String, OrganisationVersions> byCode = new LinkedHashMap<>();
    private final List<OrganisationSuccession> successions = new ArrayList<>();
    /** Per predecessor: its successions grouped by effective date, each group's primary successor. */
    private final Map<String, TreeMap<LocalDate, String>> primarySuccessors = new LinkedHashMap<>();

    public OrganisationCatalogue(Collection<Organisation> versions) {
        this(versions, List.of());
    }

    /**
     * @throws IllegalArgumentException when a predecessor's successions of one date do not name exactly one primary
     *                                  successor
     */
    public OrganisationCatalogue(Collection<Organisation> versions, Collection<OrganisationSuccession> successions) {
        Map<String, List<Organisation>> grouped = new LinkedHashMap<>();
        versions.forEach(v -> grouped.computeIfAbsent(v.code(), code -> new ArrayList<>()).add(v));
        grouped.forEach((code, list) -> byCode.put(code, OrganisationVersions.of(list)));
        Set<List<Object>> seen = new HashSet<>();
        Map<String, TreeMap<LocalDate, List<OrganisationSuccession>>> byPredecessor = new LinkedHashMap<>();
        for (OrganisationSuccession s : successions) {
            if (seen.add(List.of(s.predecessorCode(), s.successorCode(), s.effectiveDate()))) {
                this.successions.add(s);
                byPredecessor.computeIfAbsent(s.predecessorCode(), code -> new TreeMap<>())
                        .computeIfAbsent(s.effectiveDate(), day -> new ArrayList<>()).add(s);
            }
        }
        byPredecessor.forEach((predecessor, byDate) -> byDate.forEach((day, group) -> primarySuccessors
                .computeIfAbsent(predecessor, code -> new TreeMap<>()).put(day, primaryOf(predecessor, day, group))));
    }

    public static OrganisationCatalogue empty() {
        return new OrganisationCatalogue(List.of());
    }

    /** The latest version of a code. */
    public Optional<Organisation> find(String code) {
        return Optional.ofNullable(byCode.get(code)).map(OrganisationVersions::latest);
    }

    /** The version of a code in effect on {@code day}, if any. */
    public Optional<Organisation> versionOn(String code, LocalDate day) {
        return Optional.ofNullable(byCode.get(code)).flatMap(v -> v.validOn(day));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The latest version of every code, in the order codes were first given. */
    public Collection<Organisation> all() {
        return byCode.values().stream().map(OrganisationVersions::latest).toList();
    }

    /** Every version of every code: by code in the order first given, each code's versions oldest first. */
    public List<Organisation> versions() {
        return byCode.values().stream().flatMap(v -> v.all().stream()).toList();
    }

    /** The successions, without repeats, in the order given. */
    public List<OrganisationSuccession> successions() {
        return List.copyOf(successions);
    }

    /**
     * The organisation that carries the work of {@code code} on {@code day}: the code itself while it has a version
     * in effect then (or when no succession says otherwise), else its primary successor on that day, followed
     * through further successions until one is in effect.
     */
    public String successorOn(String code, LocalDate day) {
        String current = code;
        Set<String> seen = new HashSet<>();
        while (seen.add(current)) {
            OrganisationVersions versions = byCode.get(current);
            if (versions != null && versions.validOn(day).isPresent()) {
                return current;
            }
            TreeMap<LocalDate, String> successors = primarySuccessors.get(current);
            Map.Entry<LocalDate, String> latest = successors == null ? null : successors.floorEntry(day);
            if (latest == null) {
                return current;
            }
            current = latest.getValue();
        }
        return current;
    }

    /**
     * The roll-up rule (statistics-rules §6): the organisations a dossier handled by {@code code} counts for, in the
     * structure of {@code day}, nearest first. The dossier counts for the organisation that carries the code's work
     * on that day ({@link #successorOn}) and every ancestor along the parent chain of that day, each parent again
     * carried to its successor. A code missing from the catalogue is kept and rolled up to the level-1 organisation
     * its code names (again carried to its successor); so is a chain that ends below level 1. A version that is not
     * in effect on the day (the code has no successor) is described by its last version before the day, else its
     * first. A null code counts nowhere.
     */
    public List<String> rollUp(String code, LocalDate day) {
        if (code == null) {
            return List.of();
        }
        Set<String> chain = new LinkedHashSet<>();
        String current = successorOn(code, day);
        while (current != null && chain.add(current)) {
            OrganisationVersions versions = byCode.get(current);
            String parent = versions == null ? null : versions.describing(day).parentCode();
            current = parent == null ? null : successorOn(parent, day);
        }
        String last = new ArrayList<>(chain).get(chain.size() - 1);
        OrganisationVersions top = byCode.get(last);
        if (top == null || top.describing(day).level() != 1) {
            OrganisationCodes.levelOneCode(last).map(levelOne -> successorOn(levelOne, day)).ifPresent(chain::add);
        }
        return List.copyOf(chain);
    }

    /** {@link #rollUp(String, LocalDate)} in the structure the view shows a period evaluated as of {@code asOf}. */
    public List<String> rollUp(String code, OrganisationView view, LocalDate asOf, LocalDate today) {
        return rollUp(code, view.attributionDay(asOf, today));
    }

    /** The roll-up in the latest structure: every code's latest version, every succession applied. */
    public List<String> selfAndAncestors(String code) {
        return rollUp(code, LocalDate.MAX);
    }

    /** The level-1 organisation an organisation rolls up to in the latest structure. */
    public String levelOneOf(String code) {
        List<String> chain = selfAndAncestors(code);
        return chain.get(chain.size() - 1);
    }

    /** The latest name of a code; the code itself when unknown. */
    public String nameOf(String code) {
        return find(code).map(Organisation::name).orElse(code);
    }

    /** The name a code had on {@code day} (its version then, else the nearest); the code itself when unknown. */
    public String nameOn(String code, LocalDate day) {
        OrganisationVersions versions = byCode.get(code);
        return versions == null ? code : versions.describing(day).name();
    }

    private static String primaryOf(String predecessor, LocalDate day, List<OrganisationSuccession> group) {
        List<String> primaries = group.stream().filter(OrganisationSuccession::primary)
                .map(OrganisationSuccession::successorCode).toList();
        if (primaries.size() != 1) {
            throw new IllegalArgumentException("the successions of " + predecessor + " on " + day + " name "
                    + (primaries.isEmpty() ? "no" : primaries.size() + " (" + String.join(", ", primaries) + ")")
                    + " primary successor; a dossier counts whole, so exactly one successor must take it");
        }
        return primaries.get(0);
    }
}
