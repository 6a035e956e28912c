package org.tthc.ingestion.sample;

import java.util.Arrays;

/**
 * Dossier codes {@code {handling unit code}-{yyMMdd}-{daily sequence}} (reference.md §5.3): a 4-digit sequence per
 * unit and day for the provincial portal, and for dossiers from a ministry's portal 6 digits, the ministry's two
 * first. Sequences restart every day.
 */
final class DossierNumbers {
    private final int[] provincial;
    private final int[] ministerial;
    private final byte[] yyMMdd = new byte[6];

    DossierNumbers(int organisations) {
        provincial = new int[organisations];
        ministerial = new int[organisations];
    }

    void startDay(long epochDay, WireTimeFormat format) {
        Arrays.fill(provincial, 0);
        Arrays.fill(ministerial, 0);
        format.yyMMdd(epochDay, yyMMdd, 0);
    }

    /** Writes the next code of {@code organisation} into the draft; {@code ministry} is two digits or empty. */
    void assign(DossierDraft d, byte[] organisationCode, int organisation, String ministry) {
        byte[] code = d.code;
        int at = organisationCode.length;
        System.arraycopy(organisationCode, 0, code, 0, at);
        code[at++] = '-';
        System.arraycopy(yyMMdd, 0, code, at, 6);
        at += 6;
        code[at++] = '-';
        if (ministry.isEmpty()) {
            at = sequence(code, at, ++provincial[organisation]);
        } else {
            code[at++] = (byte) ministry.charAt(0);
            code[at++] = (byte) ministry.charAt(1);
            at = sequence(code, at, ++ministerial[organisation]);
        }
        d.codeLength = at;
    }

    private static int sequence(byte[] code, int at, int value) {
        int width = value < 10_000 ? 4 : Integer.toString(value).length();
        SampleMath.digits(code, at, value, width);
        return at + width;
    }
}
