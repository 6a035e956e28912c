package org.tthc.api.security;

import java.util.List;

/**
 * The REST API's demo users of the embedded default (docs/security.md), present only while the demo data is on
 * ({@code tthc.portal.demo-seed}), like portal-lite's {@code DemoAccounts}. One shared demo password.
 */
public final class ApiDemoAccounts {
    public static final String PASSWORD = "tthc-demo";
    public static final String ANALYST = "phantich";
    /** An analyst who sees only the Department of Justice of the sample province's city (and its predecessor). */
    public static final String JUSTICE_ANALYST = "phantich.tuphap";
    public static final String JUSTICE_DEPARTMENT = "000.00.03.H97";
    public static final String OFFICE = "vanphong";
    public static final String OPERATOR = "vanhanh";
    public static final String ADMIN = "quantri";

    public static final List<ApiAccount> ALL = List.of(
            new ApiAccount(ANALYST, ApiRole.ANALYST, null),
            new ApiAccount(JUSTICE_ANALYST, ApiRole.ANALYST, JUSTICE_DEPARTMENT),
            new ApiAccount(OFFICE, ApiRole.OFFICE, null),
            new ApiAccount(OPERATOR, ApiRole.OPERATOR, null),
            new ApiAccount(ADMIN, ApiRole.ADMIN, null));

    private ApiDemoAccounts() {
    }
}
