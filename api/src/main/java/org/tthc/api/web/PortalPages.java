package org.tthc.api.web;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.api.web.security.PortalAccounts;
import org.tthc.domain.TthcTime;
import org.tthc.portal.view.DossierDetail;
import org.tthc.portal.view.PortalQueries;

/**
 * What the page controllers share: the signed-in account, "now" in Vietnam's time, and a dossier loaded only when the
 * account may see it. A dossier the account may not see answers 404, as one that does not exist, so codes cannot be
 * probed.
 */
@Component
public class PortalPages {
    private final PortalAccounts accounts;
    private final PortalQueries queries;
    private final Clock clock;

    public PortalPages(PortalAccounts accounts, PortalQueries queries, Clock clock) {
        this.accounts = accounts;
        this.queries = queries;
        this.clock = clock;
    }

    public PortalAccount account(Authentication authentication) {
        return accounts.of(authentication).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.FORBIDDEN, "no portal account for this login"));
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(TthcTime.ZONE));
    }

    /** The dossier when {@code account} is its applicant. */
    public DossierDetail ownDossier(PortalAccount account, String code) {
        return queries.dossier(code).filter(d -> account.owns(d.applicantIdNumber()))
                .orElseThrow(() -> notFound(code));
    }

    /** The dossier when {@code account} is an officer of its handling organisation, or the admin. */
    public DossierDetail handledDossier(PortalAccount account, String code) {
        return queries.dossier(code).filter(d -> account.handles(d.handlingOrgCode()))
                .orElseThrow(() -> notFound(code));
    }

    public static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no dossier " + code + " for this account");
    }
}
