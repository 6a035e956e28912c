package org.tthc.ingestion.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;

/**
 * The fictional province "Tỉnh Bình An" ({@code 000.00.00.H99}) and its organisations before and after the 2025
 * reform: provincial departments {@code 000.00.NN.H99} (NN 01–21); districts {@code 000.00.NN.H99} (NN 40–46) with ten
 * communes each {@code 000.CC.NN.H99}, all valid until 2025-06-30; and from 2025-07-01 the merged communes directly
 * under the province, {@code 000.CC.NN.H99} with NN = 70 + the former district's position (about three old communes
 * become one). Fixed: it does not depend on the generator's seed.
 */
public final class SampleProvince {
    public static final String PROVINCE_CODE = "000.00.00.H99";
    public static final String PROVINCE_NAME = "UBND tỉnh Bình An";
    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    static final String ONE_STOP_CENTRE_SEGMENT = "21";
    private static final String LEVEL_ONE_SUFFIX = ".H99";
    private static final int NEW_COMMUNE_SEGMENT_BASE = 70;

    private SampleProvince() {
    }

    /** Every organisation version, the province first, then departments, districts with their communes, new communes. */
    public static List<Organisation> organisations() {
        SampleResource resource = SampleResource.load("province.txt");
        LocalDate lastDayBefore = REFORM_DAY.minusDays(1);
        List<Organisation> orgs = new ArrayList<>();
        orgs.add(new Organisation(PROVINCE_CODE, PROVINCE_NAME, 1, OrganisationKind.PROVINCE, null, null, null));
        for (String line : resource.lines("departments")) {
            String[] f = SampleResource.fields(line, 2);
            // The provincial public-administration service centre exists from the reform on (Decree 118/2025).
            LocalDate from = f[0].equals(ONE_STOP_CENTRE_SEGMENT) ? REFORM_DAY : null;
            orgs.add(new Organisation(code("00", f[0]), f[1], 2, OrganisationKind.DEPARTMENT, PROVINCE_CODE, from, null));
        }
        List<String> districtSegments = new ArrayList<>();
        for (String line : resource.lines("districts")) {
            String[] f = SampleResource.fields(line, 3);
            String district = code("00", f[0]);
            districtSegments.add(f[0]);
            orgs.add(new Organisation(district, "UBND " + lowerFirstWord(f[1]), 2, OrganisationKind.DISTRICT,
                    PROVINCE_CODE, null, lastDayBefore));
            String[] communes = f[2].split(",");
            for (int c = 0; c < communes.length; c++) {
                orgs.add(new Organisation(code(twoDigits(c + 1), f[0]), "UBND " + lowerFirstWord(communes[c]), 3,
                        OrganisationKind.COMMUNE, district, null, lastDayBefore));
            }
        }
        for (String line : resource.lines("new-communes")) {
            String[] f = SampleResource.fields(line, 2);
            String segment = twoDigits(NEW_COMMUNE_SEGMENT_BASE + districtSegments.indexOf(f[0]));
            String[] communes = f[1].split(",");
            for (int c = 0; c < communes.length; c++) {
                orgs.add(new Organisation(code(twoDigits(c + 1), segment), "UBND " + lowerFirstWord(communes[c]), 3,
                        OrganisationKind.COMMUNE, PROVINCE_CODE, REFORM_DAY, null));
            }
        }
        return List.copyOf(orgs);
    }

    private static String code(String levelThree, String levelTwo) {
        return "000." + levelThree + "." + levelTwo + LEVEL_ONE_SUFFIX;
    }

    static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "Thành phố Bình An" → "thành phố Bình An", as in "UBND thành phố Bình An". */
    private static String lowerFirstWord(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
