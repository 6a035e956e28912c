package org.tthc.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one time zone of the platform: every timestamp is a local date-time in this zone. */
public final class TthcTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private TthcTime() {
    }

    /** Today's local date in {@link #ZONE}, whatever the machine's default zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
