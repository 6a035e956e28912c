package org.tthc.domain.organisation;

/**
 * The code system an organisation code belongs to (reference.md §5.1, §5.3). Codes are stored as opaque strings;
 * the scheme says how to read them.
 */
public enum OrganisationCodeScheme {
    /** Agency electronic identifier (mã định danh điện tử, Decision 20/2020/QĐ-TTg), {@code NNN.NN.NN.Xnn}. */
    AGENCY_ID,
    /** Administrative-unit code (mã ĐVHC, Decision 19/2025/QĐ-TTg): 2 digits for a province, 5 for a commune. */
    ADMINISTRATIVE_UNIT,
    /** A source system's own code. */
    LOCAL
}
