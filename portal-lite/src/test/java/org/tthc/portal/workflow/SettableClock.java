package org.tthc.portal.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.tthc.domain.TthcTime;

/** A fixed clock the test moves forward; set in Vietnam's local time, reported in an unrelated zone (UTC). */
public final class SettableClock extends Clock {
    private Instant instant;

    public SettableClock(String localTime) {
        set(localTime);
    }

    public void set(String localTime) {
        instant = LocalDateTime.parse(localTime).atZone(TthcTime.ZONE).toInstant();
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
