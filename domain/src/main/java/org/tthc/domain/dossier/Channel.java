package org.tthc.domain.dossier;

import java.util.Arrays;
import java.util.Optional;

/** Submission channel (KenhThucHien). A missing channel counts as in person (Decision 766 convention). */
public enum Channel {
    IN_PERSON(1, "Trực tiếp"),
    ONLINE(2, "Trực tuyến"),
    POSTAL(3, "Qua bưu chính công ích");

    private final int code;
    private final String vietnameseName;

    Channel(int code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    public int code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public static Optional<Channel> ofCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
