package org.tthc.api.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.api.web.security.PortalAccounts;
import org.tthc.api.web.security.Role;

/** Who is looking at a page, for the navigation: {@code viewer} in every page's model. */
public record Viewer(boolean signedIn, boolean citizen, boolean staff) {
    static final Viewer ANONYMOUS = new Viewer(false, false, false);

    static Viewer of(PortalAccount account) {
        return new Viewer(true, account.role() == Role.CITIZEN, account.role() != Role.CITIZEN);
    }

    /** Adds the viewer to the model of every page controller. */
    @ControllerAdvice(basePackages = "org.tthc.api.web")
    static class Advice {
        private final PortalAccounts accounts;

        Advice(PortalAccounts accounts) {
            this.accounts = accounts;
        }

        @ModelAttribute("viewer")
        Viewer viewer(Authentication authentication) {
            return accounts.of(authentication).map(Viewer::of).orElse(Viewer.ANONYMOUS);
        }
    }
}
