package org.tthc.ingestion.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;

/**
 * The fictional province "Tỉnh Bình An" ({@code 000.00.00.H99}) and the city it merges into, as data: before the
 * 2025 reform ({@code province.txt}) provincial departments {@code 000.00.NN.H99}, districts {@code 000.00.NN.H99}
 * (NN 40–46) with ten communes each {@code 000.CC.NN.H99}, some renamed on a day (a new SCD2 version of the code); the
 * reform ({@code reform-2025.txt}) ends all of them the day before it and starts the city with its departments and
 * merged communes, with the succession crosswalk between old and new codes. Fixed: it does not depend on the
 * generator's seed.
 */
public final class SampleProvince {
    public static final String PROVINCE_CODE = "000.00.00.H99";
    public static final String PROVINCE_NAME = "UBND tỉnh Bình An";
    private static final String PROVINCE_SEGMENT = "H99";
    private static final String PRIMARY_MARK = "*";

    private final List<Organisation> organisations = new ArrayList<>();
    private final List<OrganisationSuccession> successions = new ArrayList<>();
    private final LocalDate reformDay;
    private final String cityCode;

    private SampleProvince() {
        SampleResource province = SampleResource.load("province.txt");
        SampleResource reform = SampleResource.load("reform-2025.txt");
        reformDay = LocalDate.parse(reform.lines("reform").get(0));
        String[] city = SampleResource.fields(reform.lines("city").get(0), 2);
        cityCode = code("00.00", city[0]);
        addProvince(province);
        addCity(reform, city[0], city[1]);
    }

    private static final class Loaded {
        static final SampleProvince PROVINCE = new SampleProvince();
    }

    /**
     * Every organisation version: the province first, its departments, its districts each followed by its communes
     * (versions of a code next to each other, oldest first), then the city, its departments and its communes.
     */
    public static List<Organisation> organisations() {
        return List.copyOf(Loaded.PROVINCE.organisations);
    }

    /** The crosswalk of the reform: every code of the province to the city's organisation that carries its work. */
    public static List<OrganisationSuccession> successions() {
        return List.copyOf(Loaded.PROVINCE.successions);
    }

    /** The first day of the new structure. */
    public static LocalDate reformDay() {
        return Loaded.PROVINCE.reformDay;
    }

    /** The level-1 code of the city the province merges into. */
    public static String cityCode() {
        return Loaded.PROVINCE.cityCode;
    }

    private void addProvince(SampleResource province) {
        LocalDate lastDay = reformDay.minusDays(1);
        Map<String, List<String[]>> renames = new LinkedHashMap<>();
        for (String line : province.lines("renames")) {
            String[] f = SampleResource.fields(line, 3);
            renames.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        addVersions(PROVINCE_CODE, PROVINCE_NAME, 1, OrganisationKind.PROVINCE, null, lastDay, List.of());
        for (String line : province.lines("departments")) {
            String[] f = SampleResource.fields(line, 2);
            addVersions(code("00." + f[0], PROVINCE_SEGMENT), f[1], 2, OrganisationKind.DEPARTMENT, PROVINCE_CODE,
                    lastDay, renames.getOrDefault("00." + f[0], List.of()));
        }
        for (String line : province.lines("districts")) {
            String[] f = SampleResource.fields(line, 3);
            String district = code("00." + f[0], PROVINCE_SEGMENT);
            addVersions(district, f[1], 2, OrganisationKind.DISTRICT, PROVINCE_CODE, lastDay,
                    renames.getOrDefault("00." + f[0], List.of()));
            String[] communes = f[2].split(",");
            for (int c = 0; c < communes.length; c++) {
                String segments = twoDigits(c + 1) + "." + f[0];
                addVersions(code(segments, PROVINCE_SEGMENT), communes[c], 3, OrganisationKind.COMMUNE, district,
                        lastDay, renames.getOrDefault(segments, List.of()));
            }
        }
    }

    private void addCity(SampleResource reform, String citySegment, String cityName) {
        organisations.add(new Organisation(cityCode, "UBND " + lowerFirstWord(cityName), 1, OrganisationKind.PROVINCE,
                null, reformDay, null));
        successions.add(OrganisationSuccession.merge(PROVINCE_CODE, cityCode, reformDay));
        for (String line : reform.lines("departments")) {
            String[] f = SampleResource.fields(line, 3);
            String department = code("00." + f[0], citySegment);
            organisations.add(new Organisation(department, f[1], 2, OrganisationKind.DEPARTMENT, cityCode, reformDay,
                    null));
            for (String predecessor : list(f[2])) {
                successions.add(OrganisationSuccession.merge(known(code("00." + predecessor, PROVINCE_SEGMENT)),
                        department, reformDay));
            }
        }
        Map<String, List<String>> successorsOfCommune = new LinkedHashMap<>();
        for (String line : reform.lines("communes")) {
            String[] f = SampleResource.fields(line, 3);
            String commune = code(f[0], citySegment);
            organisations.add(new Organisation(commune, "UBND " + lowerFirstWord(f[1]), 3, OrganisationKind.COMMUNE,
                    cityCode, reformDay, null));
            for (String predecessor : list(f[2])) {
                successorsOfCommune.computeIfAbsent(predecessor.replace(PRIMARY_MARK, ""), k -> new ArrayList<>())
                        .add(commune + (predecessor.endsWith(PRIMARY_MARK) ? PRIMARY_MARK : ""));
            }
        }
        successorsOfCommune.forEach((old, successors) -> addSuccession(code(old, PROVINCE_SEGMENT), successors));
        for (String line : reform.lines("districts")) {
            String[] f = SampleResource.fields(line, 2);
            addSuccession(code("00." + f[0], PROVINCE_SEGMENT),
                    list(f[1]).stream().map(s -> code(s.replace(PRIMARY_MARK, ""), citySegment)
                            + (s.endsWith(PRIMARY_MARK) ? PRIMARY_MARK : "")).toList());
        }
    }

    /** One successor: a merge; several: a split whose primary successor is the one marked. */
    private void addSuccession(String predecessor, List<String> successors) {
        known(predecessor);
        if (successors.size() == 1) {
            successions.add(OrganisationSuccession.merge(predecessor, successors.get(0).replace(PRIMARY_MARK, ""),
                    reformDay));
            return;
        }
        if (successors.stream().filter(s -> s.endsWith(PRIMARY_MARK)).count() != 1) {
            throw new IllegalStateException("reform-2025.txt: " + predecessor + " is split between " + successors
                    + "; mark exactly one with " + PRIMARY_MARK);
        }
        for (String successor : successors) {
            successions.add(OrganisationSuccession.split(predecessor, successor.replace(PRIMARY_MARK, ""), reformDay,
                    successor.endsWith(PRIMARY_MARK)));
        }
    }

    /**
     * The versions of one code of the province: the first from always, each rename from its day on (a new SCD2
     * version), the last until {@code lastDay}. Districts and communes are named by their people's committee.
     */
    private void addVersions(String code, String name, int level, OrganisationKind kind, String parent,
                             LocalDate lastDay, List<String[]> renames) {
        boolean committee = kind == OrganisationKind.DISTRICT || kind == OrganisationKind.COMMUNE;
        List<String[]> byDay = renames.stream().sorted(Comparator.comparing(r -> r[1])).toList();
        LocalDate from = null;
        String current = name;
        for (String[] rename : byDay) {
            LocalDate day = LocalDate.parse(rename[1]);
            organisations.add(new Organisation(code, committee ? "UBND " + lowerFirstWord(current) : current, level,
                    kind, parent, from, day.minusDays(1)));
            from = day;
            current = rename[2];
        }
        organisations.add(new Organisation(code, committee ? "UBND " + lowerFirstWord(current) : current, level, kind,
                parent, from, lastDay));
    }

    private String known(String code) {
        if (organisations.stream().noneMatch(o -> o.code().equals(code))) {
            throw new IllegalStateException("reform-2025.txt names " + code + ", which the province does not have");
        }
        return code;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
    }

    /** {@code CC.NN} and a level-1 segment give {@code 000.CC.NN.Xnn}. */
    private static String code(String segments, String levelOneSegment) {
        return "000." + segments + "." + levelOneSegment;
    }

    static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "Thành phố Bình An" → "thành phố Bình An", as in "UBND thành phố Bình An". */
    private static String lowerFirstWord(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
