package org.tthc.api.security;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.security.*}: how the REST API signs users in and how much it lets them ask (docs/security.md).
 *
 * @param jwt        production sign-in with the JWTs of an OIDC provider; off while both URIs are empty
 * @param rateLimits the token buckets of {@code /api/query} (per user) and of the HTTP push (per source system)
 */
@ConfigurationProperties("tthc.security")
public record ApiSecurityProperties(@DefaultValue Jwt jwt, @DefaultValue RateLimits rateLimits) {

    /**
     * @param issuerUri   the provider's issuer; its keys are found by OIDC discovery, and tokens must name it
     * @param jwkSetUri   the provider's JWK set, when there is no discovery (then {@code iss} is checked only if
     *                    {@code issuerUri} is set too)
     * @param rolesClaim  the claim holding the user's roles: a list or a space separated string; a dotted path
     *                    ({@code realm_access.roles}) reads into nested objects
     * @param roleMapping the provider's role names to API roles ({@code tthc-analyst: ANALYST}); a role absent here
     *                    counts when it is an API role's name itself, else it is ignored
     * @param orgClaim    the claim holding the organisation code the user is scoped to; absent: no scope
     */
    public record Jwt(@DefaultValue("") String issuerUri, @DefaultValue("") String jwkSetUri,
                      @DefaultValue("roles") String rolesClaim, @DefaultValue Map<String, ApiRole> roleMapping,
                      @DefaultValue("org") String orgClaim) {

        public boolean enabled() {
            return !issuerUri.isBlank() || !jwkSetUri.isBlank();
        }
    }

    public record RateLimits(@DefaultValue("60") long queryCapacity, @DefaultValue("1m") Duration queryPeriod,
                             @DefaultValue("120") long pushCapacity, @DefaultValue("1m") Duration pushPeriod) {
    }
}
