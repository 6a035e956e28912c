package org.tthc.domain.organisation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agency electronic identifiers of the shape {@code NNN.NN.NN.Xnn} (Decision 20/2020/QĐ-TTg): the right-most
 * segment names the level-1 organisation (H.. provinces, G.. central agencies); its level-1 code zeroes the rest.
 */
public final class OrganisationCodes {
    private static final Pattern AGENCY_ID = Pattern.compile("^(\\d{3})\\.(\\d{2})\\.(\\d{2})\\.([A-Z]\\d{2})$");

    private OrganisationCodes() {
    }

    /** {@code 000.00.12.H99} gives {@code 000.00.00.H99}; a code of another shape gives nothing. */
    public static Optional<String> levelOneCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = AGENCY_ID.matcher(code.trim());
        return m.matches() ? Optional.of("000.00.00." + m.group(4)) : Optional.empty();
    }
}
