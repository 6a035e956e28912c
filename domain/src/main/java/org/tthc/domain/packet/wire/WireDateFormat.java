package org.tthc.domain.packet.wire;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

import org.tthc.domain.TthcTime;

/**
 * How one wire format writes date-times (reference.md §2.4). Every format yields a local date-time of
 * Asia/Ho_Chi_Minh: a time with an offset is converted to that zone, a time without one is taken as it is.
 *
 * @param pattern   the format as people write it, for rejection reasons
 * @param shape     what the text must look like before it is parsed ("is not a date in …" otherwise)
 * @param formatter the strict parser ("is not a real date-time" when the shape is right but the date is not)
 * @param none      text that means "no date" (OpenCPS's {@code 0000-00-00T…}), or null
 * @param written   how we write a time of Asia/Ho_Chi_Minh in this format ({@link #format})
 * @param noneText  what we write for "no date" where the format has such a text ({@link #formatOrNone}), or null
 */
public record WireDateFormat(String pattern, Pattern shape, DateTimeFormatter formatter, Pattern none,
                             DateTimeFormatter written, String noneText) {

    /** DVCQG v2: {@code yyyyMMddHHmmss}, local time. */
    public static final WireDateFormat DVCQG = new WireDateFormat("yyyyMMddHHmmss", Pattern.compile("\\d{14}"),
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT), null,
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss"), null);

    /**
     * LGSP 2018: {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} as OpenCPS sends it ({@code 2018-11-07T08:30:00.000+0700}); the
     * fraction and the offset are optional, the offset may also be {@code +07:00} or {@code Z}. A date of
     * {@code 0000-00-00} means "none". Written exactly as OpenCPS writes it: milliseconds and the offset of
     * Asia/Ho_Chi_Minh ({@code +0700}); "none" as {@code 0000-00-00T00:00:00.000+0700}. Before 1911 that zone's offset
     * had seconds (local mean time): such an offset is written and read with its seconds
     * ({@code +070630}), so that every time read is written back as the same time.
     */
    public static final WireDateFormat LGSP = new WireDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ",
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}(:?\\d{2}){1,2})?"),
            new DateTimeFormatterBuilder()
                    .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
                    .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                    .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
                    .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
                    .toFormatter().withResolverStyle(ResolverStyle.STRICT),
            Pattern.compile("0000-00-00.*"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxxx"), "0000-00-00T00:00:00.000+0700");

    /** Provincial one-stop exports: {@code dd/MM/yyyy HH:mm:ss}, local time; a date alone means midnight. */
    public static final WireDateFormat DAY_MONTH_YEAR = new WireDateFormat("dd/MM/yyyy HH:mm:ss",
            Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}( \\d{1,2}:\\d{2}(:\\d{2})?)?"),
            new DateTimeFormatterBuilder()
                    .appendPattern("d/M/uuuu")
                    .optionalStart().appendPattern(" H:mm").optionalStart().appendPattern(":ss").optionalEnd()
                    .optionalEnd()
                    .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
                    .toFormatter().withResolverStyle(ResolverStyle.STRICT),
            null, DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss"), null);

    /** {@code time}, a local time of Asia/Ho_Chi_Minh, as this format writes it; the inverse of {@link #parse}. */
    public String format(LocalDateTime time) {
        return written.format(time.atZone(TthcTime.ZONE));
    }

    /**
     * {@code time} as {@link #format} writes it, or this format's "no date" text when it is null: for fields a
     * packet requires even when there is no date (LGSP's {@code SuccessDate}).
     *
     * @throws IllegalStateException when this format has no "no date" text
     */
    public String formatOrNone(LocalDateTime time) {
        if (time != null) {
            return format(time);
        }
        if (noneText == null) {
            throw new IllegalStateException(pattern + " has no text for \"no date\"");
        }
        return noneText;
    }

    boolean meansNone(String text) {
        return none != null && none.matcher(text).matches();
    }

    boolean hasShape(String text) {
        return shape.matcher(text).matches();
    }

    /** @throws java.time.DateTimeException when the text is not a real date-time */
    public LocalDateTime parse(String text) {
        TemporalAccessor parsed = formatter.parse(text);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).atZoneSameInstant(TthcTime.ZONE).toLocalDateTime();
        }
        return LocalDateTime.from(parsed);
    }
}
