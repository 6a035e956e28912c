package org.tthc.ingestion.sample;

import java.util.List;
import java.util.SplittableRandom;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCodes;
import org.tthc.domain.organisation.OrganisationKind;

/** The officers who act on dossiers (NguoiXuLy, ChucDanh, PhongBanXuLy): a small fixed roster per organisation. */
final class Staff {
    enum Role { ONE_STOP, SPECIALIST, LEADER }

    record Officer(byte[] name, byte[] title, byte[] department) {
    }

    private record Unit(String oneStop, List<String> specialistDepartments, String specialistTitle,
                        String leadership, List<String> leaderTitles) {
    }

    private static final Unit DEPARTMENT = new Unit("Bộ phận Tiếp nhận và Trả kết quả",
            List.of("Phòng Hành chính - Tổng hợp", "Phòng Nghiệp vụ", "Phòng Quản lý chuyên ngành", "Phòng Pháp chế"),
            "Chuyên viên", "Ban Giám đốc", List.of("Phó Giám đốc", "Giám đốc"));
    private static final Unit DISTRICT = new Unit("Bộ phận Một cửa UBND huyện",
            List.of("Phòng Tư pháp", "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế - Hạ tầng",
                    "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội"),
            "Chuyên viên", "Lãnh đạo UBND huyện", List.of("Phó Chủ tịch UBND", "Chủ tịch UBND"));
    private static final Unit COMMUNE = new Unit("Bộ phận Một cửa UBND xã",
            List.of("Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng", "Công chức Văn hóa - Xã hội"),
            "Công chức", "Lãnh đạo UBND xã", List.of("Phó Chủ tịch UBND", "Chủ tịch UBND"));
    private static final Unit MERGED_COMMUNE = new Unit("Trung tâm Phục vụ hành chính công xã",
            List.of("Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND"),
            "Chuyên viên", "Lãnh đạo UBND xã", List.of("Phó Chủ tịch UBND", "Chủ tịch UBND"));
    private static final int ONE_STOP_OFFICERS = 3;
    private static final int SPECIALISTS = 4;

    private final Officer[][][] byOrgAndRole;

    Staff(OrganisationDirectory organisations, PeopleNames names, SplittableRandom random) {
        byOrgAndRole = new Officer[organisations.size()][][];
        for (int i = 0; i < organisations.size(); i++) {
            Unit unit = unitOf(organisations.organisation(i));
            Officer[] oneStop = new Officer[ONE_STOP_OFFICERS];
            for (int k = 0; k < oneStop.length; k++) {
                oneStop[k] = officer(names, random, "Chuyên viên", unit.oneStop());
            }
            Officer[] specialists = new Officer[SPECIALISTS];
            String department = unit.specialistDepartments().get(random.nextInt(unit.specialistDepartments().size()));
            for (int k = 0; k < specialists.length; k++) {
                if (k == 2) {
                    department = unit.specialistDepartments().get(random.nextInt(unit.specialistDepartments().size()));
                }
                specialists[k] = officer(names, random, unit.specialistTitle(), department);
            }
            Officer[] leaders = new Officer[unit.leaderTitles().size()];
            for (int k = 0; k < leaders.length; k++) {
                leaders[k] = officer(names, random, unit.leaderTitles().get(k), unit.leadership());
            }
            byOrgAndRole[i] = new Officer[][] {oneStop, specialists, leaders};
        }
    }

    Officer pick(int organisation, Role role, SplittableRandom random) {
        Officer[] roster = byOrgAndRole[organisation][role.ordinal()];
        return roster[random.nextInt(roster.length)];
    }

    private static Officer officer(PeopleNames names, SplittableRandom random, String title, String department) {
        return new Officer(names.person(names.randomPerson(random)), WireJson.quoted(title),
                WireJson.quoted(department));
    }

    private static Unit unitOf(Organisation org) {
        if (org.kind() == OrganisationKind.DISTRICT) {
            return DISTRICT;
        }
        if (org.kind() == OrganisationKind.COMMUNE) {
            // two-tier government: a commune directly under its level-1 organisation is a merged one
            return OrganisationCodes.levelOneCode(org.code()).filter(c -> c.equals(org.parentCode())).isPresent()
                    ? MERGED_COMMUNE : COMMUNE;
        }
        return DEPARTMENT;
    }
}
