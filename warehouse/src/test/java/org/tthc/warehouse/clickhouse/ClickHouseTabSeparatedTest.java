package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The TabSeparated encoding both engines load with and the decoding chDB's results go through, without an engine. */
class ClickHouseTabSeparatedTest {

    @Test
    void specialCharactersAreEscapedAndNullIsBackslashN() {
        assertThat(encode("a\tb", "line\nbreak\r", "back\\slash", null, "\\N", "'quoted' \"double\"", "\0\b\f"))
                .isEqualTo("a\\tb\tline\\nbreak\\r\tback\\\\slash\t\\N\t\\\\N\t'quoted' \"double\"\t\\0\\b\\f\n");
    }

    @Test
    void vietnameseTextAndEmojiAreUtf8() {
        byte[] encoded = bytes("Thủ tục hành chính — Đắk Lắk 🇻🇳");

        assertThat(encoded).isEqualTo("Thủ tục hành chính — Đắk Lắk 🇻🇳\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersBooleansDatesAndDateTimesHaveClickHousesTextForm() {
        assertThat(encode(0, -42, Long.MIN_VALUE, Long.MAX_VALUE, (short) 7, (byte) -1, true, false,
                LocalDate.of(2025, 1, 9), LocalDateTime.of(2025, 12, 31, 23, 59, 59, 999_999_999),
                new BigDecimal("1E+3"), 2.5d))
                .isEqualTo("0\t-42\t-9223372036854775808\t9223372036854775807\t7\t-1\t1\t0\t2025-01-09"
                        + "\t2025-12-31 23:59:59\t1000\t2.5\n");
    }

    @Test
    void aValueOfAnotherTypeOrARowOfAnotherWidthIsRefused() {
        TabSeparatedWriter writer = new TabSeparatedWriter(16);

        assertThatThrownBy(() -> writer.writeRow(new Object[] {Instant.EPOCH}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Instant");
        assertThatThrownBy(() -> writer.writeRow(new Object[] {1, 2}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 values for 3 columns");
    }

    @Test
    void resultsAreReadByColumnNameWithNullsAndEscapes() {
        String result = "id\tname\tnote\tat\tflag\n"
                + "Int64\tString\tNullable(String)\tDateTime('UTC')\tBool\n"
                + "1\tTh\\\\u\\ttab\t\\N\t2025-10-26 01:30:00\ttrue\n"
                + "2\t\t\\\\N\t1970-01-01 00:00:00\t0\n";

        List<String> rows = TabSeparatedReader.read(result.getBytes(StandardCharsets.UTF_8), row -> row.getLong("id")
                + "|" + row.getString("name") + "|" + row.getString("note") + "|" + row.getDateTime("at") + "|"
                + row.getBoolean("flag"));

        assertThat(rows).containsExactly("1|Th\\u\ttab|null|2025-10-26T01:30|true", "2||\\N|1970-01-01T00:00|false");
    }

    @Test
    void anUnknownColumnNamesTheColumnsThereAre() {
        byte[] result = "a\tb\nInt32\tInt32\n1\t2\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TabSeparatedReader.read(result, row -> row.getInt("c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column c").hasMessageContaining("a, b");
    }

    @Test
    void anEmptyResultHasNoRows() {
        assertThat(TabSeparatedReader.read(new byte[0], row -> row)).isEmpty();
        assertThat(TabSeparatedReader.read("x\nUInt8\n".getBytes(StandardCharsets.UTF_8), row -> row)).isEmpty();
    }

    @Property(tries = 300)
    void everyStringComesBackAsItWasWritten(@ForAll("texts") String first, @ForAll("texts") String second) {
        byte[] encoded = bytes(first, second, null);
        byte[] result = concat("first\tsecond\tnothing\nString\tString\tNullable(String)\n".getBytes(StandardCharsets.UTF_8),
                encoded);

        List<List<String>> rows = TabSeparatedReader.read(result,
                row -> Arrays.asList(row.getString("first"), row.getString("second"), row.getString("nothing")));

        assertThat(rows).containsExactly(Arrays.asList(first, second, null));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().ofMaxLength(30)
                .withChars("\t\n\r\\\0\b\f'\"N ")
                .withChars("ăâđêôơưÀÁẢÃẠẦẤẨẪẬĐđỳýỷỹỵ")
                .withCharRange(' ', '~')
                .withCharRange('\u0080', '\uD7FF')
                .injectDuplicates(0.1)
                .edgeCases(config -> config.add("\\N").add("\\").add("\\\\N"));
    }

    private static String encode(Object... values) {
        return new String(bytes(values), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object... values) {
        TabSeparatedWriter writer = new TabSeparatedWriter(16);
        writer.writeRow(values, values.length);
        return Arrays.copyOf(writer.buffer(), writer.size());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
