package org.tthc.ingestion.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;

/**
 * The handling organisations by index (one index per version of a code), with their codes and names ready for the
 * wire, and the routing of a dossier to an organisation valid on its receive day: department procedures to their
 * sector's department (after the reform: the city's department that succeeds it), district procedures to a district
 * (after the reform: a commune), commune procedures to a commune, each weighted by a fixed "population".
 */
final class OrganisationDirectory {
    private final List<Organisation> organisations;
    private final OrganisationCatalogue catalogue;
    /** The indexes of each code's versions. */
    private final Map<String, List<Integer>> indexesByCode = new HashMap<>();
    private final byte[][] codes;
    private final byte[][] codeStrings;
    private final byte[][] names;
    private final double[] population;

    OrganisationDirectory(List<Organisation> organisations, List<OrganisationSuccession> successions,
                          SplittableRandom random) {
        this.organisations = List.copyOf(organisations);
        this.catalogue = new OrganisationCatalogue(organisations, successions);
        int n = organisations.size();
        codes = new byte[n][];
        codeStrings = new byte[n][];
        names = new byte[n][];
        population = new double[n];
        for (int i = 0; i < n; i++) {
            Organisation org = organisations.get(i);
            indexesByCode.computeIfAbsent(org.code(), code -> new ArrayList<>()).add(i);
            codes[i] = asciiCode(org.code());
            codeStrings[i] = WireJson.quoted(org.code());
            names[i] = WireJson.quoted(org.name());
            population[i] = 0.4 + 1.6 * random.nextDouble();
        }
    }

    int size() {
        return organisations.size();
    }

    Organisation organisation(int index) {
        return organisations.get(index);
    }

    /** The index of a code's first version. */
    int indexOf(String code) {
        List<Integer> indexes = indexesByCode.get(code);
        if (indexes == null) {
            throw new IllegalArgumentException("no organisation " + code + " in the sample province");
        }
        return indexes.get(0);
    }

    /** The code as ASCII bytes, for dossier codes. */
    byte[] code(int index) {
        return codes[index];
    }

    byte[] codeString(int index) {
        return codeStrings[index];
    }

    byte[] name(int index) {
        return names[index];
    }

    /** Where dossiers received on {@code day} go, by scope. */
    DayRouting routingOn(LocalDate day) {
        List<Integer> districts = new ArrayList<>();
        List<Integer> communes = new ArrayList<>();
        int[] carriedBy = new int[organisations.size()];
        for (int i = 0; i < organisations.size(); i++) {
            Organisation org = organisations.get(i);
            carriedBy[i] = indexOn(catalogue.successorOn(org.code(), day), day, i);
            if (org.isValidOn(day)) {
                if (org.kind() == OrganisationKind.DISTRICT) {
                    districts.add(i);
                } else if (org.kind() == OrganisationKind.COMMUNE) {
                    communes.add(i);
                }
            }
        }
        if (communes.isEmpty()) {
            throw new IllegalStateException("no commune of the sample province is valid on " + day);
        }
        WeightedChoice communeChoice = choice(communes);
        return new DayRouting(day, districts.isEmpty() ? communeChoice : choice(districts), communeChoice, carriedBy);
    }

    /** The index of the version of {@code code} valid on {@code day}; {@code otherwise} when none is. */
    private int indexOn(String code, LocalDate day, int otherwise) {
        return indexesByCode.getOrDefault(code, List.of()).stream()
                .filter(i -> organisations.get(i).isValidOn(day)).findFirst().orElse(otherwise);
    }

    private WeightedChoice choice(List<Integer> members) {
        int[] indexes = members.stream().mapToInt(Integer::intValue).toArray();
        double[] weights = new double[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            weights[i] = population[indexes[i]];
        }
        return new WeightedChoice(indexes, weights);
    }

    /**
     * The organisations a day's dossiers are routed to; {@code carriedBy[i]}: the organisation valid on the day that
     * carries the work of organisation i (itself while valid, else its successor).
     */
    record DayRouting(LocalDate day, WeightedChoice districtScope, WeightedChoice communeScope, int[] carriedBy) {
        int pick(Scope scope, int department, SplittableRandom random) {
            return switch (scope) {
                case DEPARTMENT -> carriedBy[department];
                case DISTRICT -> districtScope.pick(random);
                case COMMUNE -> communeScope.pick(random);
            };
        }
    }

    private static byte[] asciiCode(String code) {
        if (!code.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '"' && c != '\\')) {
            throw new IllegalArgumentException("organisation code " + code + " is not plain ASCII");
        }
        return WireJson.ascii(code);
    }
}
