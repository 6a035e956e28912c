package org.tthc.portal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.portal.db.Tables.HOLIDAYS;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.portal.db.DefaultSchema;

class MigrationsTest {
    @TempDir
    Path temporaryFolder;

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void migrationsCreateEveryGeneratedTableAndSeedTheHolidays(TestDatabase.Kind kind) {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            var dsl = test.database().dsl();
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                assertThat(dsl.fetchCount(dsl.selectFrom(table).where("1 = 0"))).as(table.getName()).isZero();
                assertThat(table.field("change_seq")).as(table.getName() + ".change_seq").isNotNull();
                assertThat(table.field("updated_at")).as(table.getName() + ".updated_at").isNotNull();
            }
            List<LocalDate> tet2025 = dsl.select(HOLIDAYS.HOLIDAY_DATE).from(HOLIDAYS)
                    .where(HOLIDAYS.NAME.eq("Tết Nguyên đán"))
                    .and(HOLIDAYS.HOLIDAY_DATE.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                    .orderBy(HOLIDAYS.HOLIDAY_DATE)
                    .fetch(HOLIDAYS.HOLIDAY_DATE);
            assertThat(tet2025).containsExactly(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28),
                    LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void reopeningAMigratedDatabaseAppliesNothingTwice(TestDatabase.Kind kind) {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            var flyway = org.flywaydb.core.Flyway.configure().dataSource(test.database().dataSource()).load();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(java.util.Arrays.stream(flyway.info().applied()).map(m -> m.getVersion().getVersion())
                    .collect(Collectors.toList())).containsExactly("1", "2", "3", "4", "5");
        }
    }
}
