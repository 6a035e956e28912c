package org.tthc.api.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.tthc.api.control.ControlDatabase;
import org.tthc.domain.period.Period;

/** The scheduled statistics push queues a month once, from the day after its grace day; a year after December. */
class StatisticsPushScheduleTest {
    @TempDir
    Path data;

    private ControlDatabase database;
    private Outbox outbox;
    private StatisticsPushSchedule schedule;

    @BeforeEach
    void open() {
        database = ControlDatabase.embedded(data);
        outbox = new Outbox(database);
        NationalProperties national = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("tthc.national", NationalProperties.class);
        schedule = new StatisticsPushSchedule(() -> {
            throw new AssertionError("due() never computes a packet");
        }, outbox, new StatisticsPushProperties(true, "0 0 6 * * *"), national, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aMonthIsDueFromTheDayAfterItsGraceDayUntilItIsQueued() {
        assertThat(schedule.due(LocalDate.of(2025, 11, 5))).as("the grace day stays for late entries").isEmpty();
        assertThat(schedule.due(LocalDate.of(2025, 11, 6))).containsExactly(Period.month(2025, 10));

        outbox.enqueue(TestPackets.statistics("000.00.00.H99", 10, 1), java.time.Instant.now());

        assertThat(schedule.due(LocalDate.of(2025, 11, 7))).as("queued once, never again by the schedule").isEmpty();
        assertThat(schedule.due(LocalDate.of(2025, 12, 6))).containsExactly(Period.month(2025, 11));
    }

    @Test
    void decemberBringsItsYear() {
        assertThat(schedule.due(LocalDate.of(2026, 1, 6))).containsExactly(Period.month(2025, 12), Period.year(2025));
    }
}
