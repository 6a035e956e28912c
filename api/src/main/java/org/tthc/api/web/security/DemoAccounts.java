package org.tthc.api.web.security;

import static org.tthc.portal.demo.DemoCatalogue.CONSTRUCTION;
import static org.tthc.portal.demo.DemoCatalogue.JUSTICE;
import static org.tthc.portal.demo.DemoCatalogue.PROVINCE;

import java.util.List;

import org.tthc.portal.demo.DemoPeople;

/**
 * The demo accounts of the embedded default (documented in docs/portal-lite.md): one officer per organisation of the
 * demo catalogue, an admin and two citizens. One shared demo password; never used with a configured database.
 */
public final class DemoAccounts {
    public static final String PASSWORD = "tthc-demo";
    public static final String CITIZEN = "congdan";
    public static final String OTHER_CITIZEN = "congdan2";
    public static final String JUSTICE_OFFICER = "canbo.tuphap";
    public static final String CONSTRUCTION_OFFICER = "canbo.xaydung";

    public static final List<PortalAccount> ALL = List.of(
            new PortalAccount("admin", "Quản trị hệ thống", Role.ADMIN, null, null),
            new PortalAccount("canbo.tinh", "Cán bộ UBND tỉnh", Role.OFFICER, PROVINCE, null),
            new PortalAccount(JUSTICE_OFFICER, "Cán bộ Sở Tư pháp", Role.OFFICER, JUSTICE, null),
            new PortalAccount(CONSTRUCTION_OFFICER, "Cán bộ Sở Xây dựng", Role.OFFICER, CONSTRUCTION, null),
            new PortalAccount(CITIZEN, DemoPeople.CITIZEN_NAME, Role.CITIZEN, null, DemoPeople.CITIZEN_ID),
            new PortalAccount(OTHER_CITIZEN, DemoPeople.OTHER_CITIZEN_NAME, Role.CITIZEN, null,
                    DemoPeople.OTHER_CITIZEN_ID));

    private DemoAccounts() {
    }
}
