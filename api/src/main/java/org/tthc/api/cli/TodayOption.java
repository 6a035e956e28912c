package org.tthc.api.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.tthc.domain.TthcTime;

import picocli.CommandLine.Option;

/** The clock of a command with a {@code --today} option: the real one, or noon of that day in Asia/Ho_Chi_Minh. */
final class TodayOption {
    @Option(names = "--today", description = "Evaluate as if today were this date (default: today in Asia/Ho_Chi_Minh).")
    LocalDate today;

    /** The given day, or today in Asia/Ho_Chi_Minh. */
    LocalDate day() {
        return today != null ? today : LocalDate.now(TthcTime.ZONE);
    }

    /** A clock at noon of the given day, or the system clock. */
    Clock clock() {
        return today == null ? Clock.system(TthcTime.ZONE)
                : Clock.fixed(today.atTime(12, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
    }
}
