package org.tthc.portal.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.tthc.domain.TthcTime;

/** The clock the demo seed hands to portal-lite's services, moved to each event's local time before it happens. */
final class MovableClock extends Clock {
    private Instant instant = Instant.EPOCH;

    void set(LocalDateTime localTime) {
        instant = localTime.atZone(TthcTime.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
