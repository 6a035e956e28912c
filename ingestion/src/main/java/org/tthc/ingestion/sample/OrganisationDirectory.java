package org.tthc.ingestion.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;

/**
 * The handling organisations by index, with their codes and names ready for the wire, and the routing of a dossier
 * to an organisation valid on its receive day: department procedures to their sector's department, district
 * procedures to a district (after the reform: a commune), commune procedures to a commune, each weighted by a fixed
 * "population".
 */
final class OrganisationDirectory {
    private final List<Organisation> organisations;
    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final byte[][] codes;
    private final byte[][] codeStrings;
    private final byte[][] names;
    private final double[] population;

    OrganisationDirectory(List<Organisation> organisations, SplittableRandom random) {
        this.organisations = List.copyOf(organisations);
        int n = organisations.size();
        codes = new byte[n][];
        codeStrings = new byte[n][];
        names = new byte[n][];
        population = new double[n];
        for (int i = 0; i < n; i++) {
            Organisation org = organisations.get(i);
            indexByCode.put(org.code(), i);
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

    int indexOf(String code) {
        Integer index = indexByCode.get(code);
        if (index == null) {
            throw new IllegalArgumentException("no organisation " + code + " in the sample province");
        }
        return index;
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
        for (int i = 0; i < organisations.size(); i++) {
            Organisation org = organisations.get(i);
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
        return new DayRouting(day, districts.isEmpty() ? communeChoice : choice(districts), communeChoice);
    }

    private WeightedChoice choice(List<Integer> members) {
        int[] indexes = members.stream().mapToInt(Integer::intValue).toArray();
        double[] weights = new double[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            weights[i] = population[indexes[i]];
        }
        return new WeightedChoice(indexes, weights);
    }

    /** The organisations a day's dossiers are routed to. */
    record DayRouting(LocalDate day, WeightedChoice districtScope, WeightedChoice communeScope) {
        int pick(Scope scope, int department, SplittableRandom random) {
            return switch (scope) {
                case DEPARTMENT -> department;
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
