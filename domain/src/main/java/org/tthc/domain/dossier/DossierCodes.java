package org.tthc.domain.dossier;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The national dossier code shape {@code {unit code}-{yyMMdd}-{sequence}} (MaHoSo). */
public final class DossierCodes {
    private static final Pattern SHAPE = Pattern.compile("^(.+)-(\\d{6})-(\\d+)$");

    private DossierCodes() {
    }

    /** The unit code that prefixes a dossier code, if the code has the national shape. */
    public static Optional<String> unitCode(String dossierCode) {
        if (dossierCode == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(dossierCode.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
