package org.tthc.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The data scope of the signed-in user: a local user's organisation, or a JWT's organisation claim. */
public final class DataScopes {
    private final ApiAccounts accounts;
    private final JwtRoles jwtRoles;

    public DataScopes(ApiAccounts accounts, JwtRoles jwtRoles) {
        this.accounts = accounts;
        this.jwtRoles = jwtRoles;
    }

    public DataScope of(Authentication authentication) {
        if (authentication == null) {
            return DataScope.ALL;
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return jwtRoles.orgCode(token.getToken()).map(DataScope::of).orElse(DataScope.ALL);
        }
        return accounts.find(authentication.getName()).map(a -> DataScope.of(a.orgCode())).orElse(DataScope.ALL);
    }
}
