package org.tthc.reports.form06;

import java.util.HashMap;
import java.util.Map;

/**
 * One printed row of form 06: the grand total, a level section with its subtotal, one organisation (its own
 * dossiers, without those of the organisations under it, which have rows of their own), or one sector (lĩnh vực) of
 * the organisation row above it.
 *
 * @param number the STT column: empty for the total, I, II, … for sections, 1, 2, … for the organisations within a
 *               section, 1.1, 1.2, … for the sectors of organisation 1
 * @param label  the section's title, the organisation's name, the sector's name (its code when no dossier names
 *               it; {@link Form06Table#NO_SECTOR} for the dossiers without a sector)
 * @param code   the organisation code of an organisation row, the sector code of a sector row, else empty
 */
public record Form06Row(Kind kind, String number, String label, String code, Form06Line line) {
    public enum Kind { TOTAL, SECTION, ORGANISATION, SECTOR }

    /** This row with {@code number} in the STT column. */
    public Form06Row numbered(String number) {
        return new Form06Row(kind, number, label, code, line);
    }

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
