package org.tthc.domain.packet.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.fuzz.HostileInput.assertClear;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.tthc.domain.fuzz.HostileInput;

/**
 * Date-times from outside in each wire format (DVCQG {@code yyyyMMddHHmmss}, LGSP, CSV {@code dd/MM/yyyy HH:mm:ss}):
 * as a record's field they are read or named as a problem of that field; parsed directly they are read or refused
 * with a {@link DateTimeException}; what is read, written again, reads as the same time.
 */
public class WireDateFuzzTest {
    private static final List<WireDateFormat> FORMATS =
            List.of(WireDateFormat.DVCQG, WireDateFormat.LGSP, WireDateFormat.DAY_MONTH_YEAR);
    private static final LocalDateTime FUTURE_LIMIT = LocalDateTime.of(2025, 10, 16, 10, 0);

    @FuzzTest
    public void readWireDates(byte[] data) {
        if (data.length > 256) {
            return;
        }
        String text = HostileInput.text(data);
        for (WireDateFormat format : FORMATS) {
            readAsField(format, text);
            readDirectly(format, text);
        }
    }

    private static void readAsField(WireDateFormat format, String text) {
        var record = JsonNodeFactory.instance.objectNode().put("NgayTiepNhan", text);
        WireFields fields = new WireFields(record, FUTURE_LIMIT, format);
        LocalDateTime time = fields.eventTime("NgayTiepNhan");
        if (time == null) {
            for (FieldProblem problem : fields.problems()) {
                assertThat(problem.field()).isEqualTo("NgayTiepNhan");
                assertThat(problem.reason()).contains("NgayTiepNhan");
            }
        } else {
            assertThat(fields.problems()).isEmpty();
            assertThat(format.parse(format.format(time))).isEqualTo(time);
        }
    }

    private static void readDirectly(WireDateFormat format, String text) {
        try {
            format.parse(text);
        } catch (DateTimeException e) {
            assertClear(e);
        }
    }
}
