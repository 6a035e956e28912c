package org.tthc.domain.dossier;

import java.util.Arrays;
import java.util.Optional;

/** DVCQG dossier status (TrangThaiHoSo / TrangThai), codes 1 to 10. Buckets are data: see {@code StatusBuckets}. */
public enum StatusCode {
    REGISTERED(1, "Mới đăng ký"),
    ACCEPTED(2, "Được tiếp nhận"),
    REFUSED_AT_INTAKE(3, "Không được tiếp nhận"),
    PROCESSING(4, "Đang xử lý"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
    FINANCIAL_OBLIGATION_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
    STOPPED(8, "Dừng xử lý"),
    FINISHED(9, "Đã xử lý xong"),
    RESULT_RETURNED(10, "Đã trả kết quả");

    private final int code;
    private final String vietnameseName;

    StatusCode(int code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    public int code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public static Optional<StatusCode> ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    public static StatusCode of(int code) {
        return ofCode(code).orElseThrow(() -> new IllegalArgumentException("unknown dossier status code " + code));
    }
}
