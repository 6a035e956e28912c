package org.tthc.domain.dossier;

import java.util.Arrays;
import java.util.Optional;

/** Applicant type (LoaiDoiTuong), DVCQG list: 1 citizen, 2 enterprise, 3 state agency, 4 organisation or other. */
public enum ApplicantType {
    CITIZEN(1, "Công dân"),
    ENTERPRISE(2, "Doanh nghiệp"),
    STATE_AGENCY(3, "Cơ quan nhà nước"),
    ORGANISATION_OR_OTHER(4, "Tổ chức/Khác");

    private final int code;
    private final String vietnameseName;

    ApplicantType(int code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    public int code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public static Optional<ApplicantType> ofCode(int code) {
        return Arrays.stream(values()).filter(a -> a.code == code).findFirst();
    }
}
