package org.tthc.reports.form06;

import java.util.HashMap;
import java.util.Map;

/**
 * One printed row of form 06: the grand total, a level section with its subtotal, or one organisation (its own
 * dossiers, without those of the organisations under it, which have rows of their own).
 *
 * @param number the STT column: empty for the total, I, II, … for sections, 1, 2, … within a section
 * @param code   the organisation code of an organisation row, else empty
 */
public record Form06Row(Kind kind, String number, String label, String code, Form06Line line) {
    public enum Kind { TOTAL, SECTION, ORGANISATION }

    /** The fields of the template row. */
    public Map<String, ?> fields() {
        Map<String, Object> fields = new HashMap<>(line.columns());
        fields.put("kind", kind.name());
        fields.put("number", number);
        fields.put("label", label);
        fields.put("code", code);
        return fields;
    }
}
