package org.tthc.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The one time zone of the platform: every timestamp is a local date-time in this zone. */
public final class TthcTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private TthcTime() {
    }

    /** Today's local date in {@link #ZONE}, whatever the machine's default zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * A time at the precision of the platform: whole seconds, as every source format gives them (DVCQG
     * {@code yyyyMMddHHmmss}, CSV {@code dd/MM/yyyy HH:mm:ss}) and as ClickHouse's {@code DateTime} stores them, so
     * that every engine orders and compares the same instants. Null stays null.
     */
    public static LocalDateTime toSecond(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
    }
}
