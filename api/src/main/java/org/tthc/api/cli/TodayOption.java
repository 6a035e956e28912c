package org.tthc.api.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.tthc.domain.TthcTime;

/** The clock of a command with a {@code --today} option: the real one, or noon of that day in Asia/Ho_Chi_Minh. */
final class TodayOption {
    private TodayOption() {
    }

    static Clock clock(LocalDate today) {
        return today == null ? Clock.system(TthcTime.ZONE)
                : Clock.fixed(today.atTime(12, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
    }
}
