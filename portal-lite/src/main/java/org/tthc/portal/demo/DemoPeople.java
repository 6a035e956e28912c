package org.tthc.portal.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tthc.domain.dossier.ApplicantType;

/**
 * Who acts in the demo province: the officers of each organisation (the desk officer is the app's demo officer
 * account), the two demo citizens, and made-up applicants with Vietnamese names.
 */
public final class DemoPeople {
    /** Identity numbers of the app's demo citizens, who find some of the seeded dossiers under "my dossiers". */
    public static final String CITIZEN_ID = "001099000001";
    public static final String CITIZEN_NAME = "Nguyễn Văn An";
    public static final String OTHER_CITIZEN_ID = "001099000002";
    public static final String OTHER_CITIZEN_NAME = "Trần Thị Bình";

    /** The receiving desk officer of each organisation, then the officers of its steps in order. */
    static final Map<String, List<String>> OFFICERS = Map.of(
            DemoCatalogue.PROVINCE, List.of("canbo.tinh", "cv.vanphongtinh", "ld.ubndtinh"),
            DemoCatalogue.JUSTICE, List.of("canbo.tuphap", "cv.hotich", "ld.sotuphap", "vt.sotuphap"),
            DemoCatalogue.CONSTRUCTION, List.of("canbo.xaydung", "cv.quanlyxaydung", "ld.soxaydung"));

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
            "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm",
            "Thảo", "Trang", "Tuấn", "Vy", "Yến");
    private static final List<String> COMPANIES = List.of("Công ty TNHH Xây dựng Hoà Bình H99",
            "Công ty Cổ phần Địa ốc Sông Hàn", "Công ty TNHH Một thành viên Minh Phát");

    private DemoPeople() {
    }

    /** The desk officer who receives an organisation's dossiers. */
    static String desk(String orgCode) {
        return OFFICERS.get(orgCode).get(0);
    }

    /** The officer who handles step {@code order} (from 1) at the organisation. */
    static String officerOfStep(String orgCode, int order) {
        List<String> officers = OFFICERS.get(orgCode);
        return officers.get(Math.min(order, officers.size() - 1));
    }

    /** An applicant: now and then one of the demo citizens, sometimes an enterprise, else a made-up citizen. */
    static Applicant applicant(Random random, boolean enterprisesApply) {
        double roll = random.nextDouble();
        if (roll < 0.05) {
            return new Applicant(ApplicantType.CITIZEN, CITIZEN_NAME, CITIZEN_ID, "0912000001");
        }
        if (roll < 0.08) {
            return new Applicant(ApplicantType.CITIZEN, OTHER_CITIZEN_NAME, OTHER_CITIZEN_ID, "0912000002");
        }
        String phone = "09" + digits(random, 8);
        if (enterprisesApply && roll < 0.25) {
            return new Applicant(ApplicantType.ENTERPRISE, pick(random, COMPANIES), "4" + digits(random, 9), phone);
        }
        String name = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
        return new Applicant(ApplicantType.CITIZEN, name, "0" + (10 + random.nextInt(90)) + "0" + digits(random, 8),
                phone);
    }

    record Applicant(ApplicantType type, String name, String idNumber, String phone) {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
