package org.tthc.api.web.security;

import static org.tthc.api.portal.DemoCatalogue.CONSTRUCTION;
import static org.tthc.api.portal.DemoCatalogue.JUSTICE;
import static org.tthc.api.portal.DemoCatalogue.PROVINCE;

import java.util.List;

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
            new PortalAccount(CITIZEN, "Nguyễn Văn An", Role.CITIZEN, null, "001099000001"),
            new PortalAccount(OTHER_CITIZEN, "Trần Thị Bình", Role.CITIZEN, null, "001099000002"));

    private DemoAccounts() {
    }
}
