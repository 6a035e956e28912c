package org.tthc.warehouse.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The CSV lines COPY reads: NULL unquoted and empty, every string quoted, times in ISO form with a space. */
class CsvRowTest {
    @Test
    void nullIsAnEmptyFieldAndAnEmptyStringIsQuoted() {
        assertThat(line(null, "", "x")).isEqualTo(",\"\",\"x\"\n");
    }

    @Test
    void quotesAreDoubledAndSeparatorsAndNewlinesStayInsideTheQuotes() {
        assertThat(line("a \"b\", c;\nd \\ e")).isEqualTo("\"a \"\"b\"\", c;\nd \\ e\"\n");
    }

    @Test
    void datesTimesNumbersAndBooleansAreWrittenAsPostgresqlReadsThem() {
        assertThat(line(LocalDate.of(2025, 1, 31), LocalDateTime.of(2025, 1, 31, 17, 0, 5, 120_000), 7, 8L, true,
                java.sql.Date.valueOf("2024-02-29")))
                .isEqualTo("2025-01-31,2025-01-31 17:00:05.000120,7,8,true,2024-02-29\n");
    }

    @Test
    void textWithNulIsRefused() {
        assertThatThrownBy(() -> line("a\0b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
    }

    private static String line(Object... values) {
        StringBuilder out = new StringBuilder();
        CsvRow.append(out, values);
        return out.toString();
    }
}
