package org.tthc.api.national.dossier;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record that broke its packet's JSON Schema and was not queued.
 *
 * @param dossierCode the dossier (MaHoSo)
 * @param packetType  {@code DongBoHoSoMC} or {@code CapNhatTienDoHoSoMC}
 * @param eventId     the processing event of a progress record ({@code event-<id>}), null for the dossier record
 * @param field       the wire field of the first problem ({@code MaLinhVuc}), or {@code /} for the whole record
 * @param problems    every problem, each as JSON Pointer and reason ({@code /data/0: required property 'MaLinhVuc'
 *                    not found})
 */
public record RejectedRecord(String dossierCode, String packetType, String eventId, String field,
                             List<String> problems) {
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern RECORD_FIELD = Pattern.compile("^/data/\\d+/([^/:]+)");

    public RejectedRecord {
        problems = List.copyOf(problems);
    }

    static RejectedRecord of(String dossierCode, String packetType, String eventId, List<String> problems) {
        return new RejectedRecord(dossierCode, packetType, eventId, fieldOf(problems.get(0)), problems);
    }

    /**
     * The wire field a schema problem is about: the record's key in its JSON Pointer, else (a missing required
     * property) the quoted property name, else {@code /}.
     */
    static String fieldOf(String problem) {
        Matcher pointer = RECORD_FIELD.matcher(problem);
        if (pointer.find()) {
            return pointer.group(1);
        }
        Matcher quoted = QUOTED.matcher(problem);
        return quoted.find() ? quoted.group(1) : "/";
    }

    /** {@code dossier X (DongBoHoSoMC): MaLinhVuc: …} — what an operator reads in the log. */
    public String describe() {
        return "dossier " + dossierCode + " (" + packetType + (eventId == null ? "" : " " + eventId) + "): field "
                + field + ": " + String.join("; ", problems);
    }
}
