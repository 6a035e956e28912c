package org.tthc.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A JWT's roles claim to API roles ({@code tthc.security.jwt.roles-claim}, {@code role-mapping}). Roles the API
 * does not know are dropped, so a token of the province's provider grants nothing here unless mapped.
 */
public final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {
    private final ApiSecurityProperties.Jwt properties;

    public JwtRoles(ApiSecurityProperties.Jwt properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    public Set<ApiRole> roles(Jwt jwt) {
        Set<ApiRole> roles = new LinkedHashSet<>();
        for (String name : claimValues(jwt.getClaims(), properties.rolesClaim())) {
            ApiRole mapped = properties.roleMapping().get(name);
            if (mapped != null) {
                roles.add(mapped);
            } else {
                try {
                    roles.add(ApiRole.parse(name));
                } catch (IllegalArgumentException notAnApiRole) {
                    // a role of the provider meant for other applications
                }
            }
        }
        return roles;
    }

    /** The organisation the token's user is scoped to, when the token names one. */
    public Optional<String> orgCode(Jwt jwt) {
        return Optional.ofNullable(jwt.getClaimAsString(properties.orgClaim())).filter(code -> !code.isBlank());
    }

    private Collection<GrantedAuthority> authorities(Jwt jwt) {
        return roles(jwt).stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    private static List<String> claimValues(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (value instanceof String text) {
            values.addAll(List.of(text.trim().split("\\s+")));
        }
        return values;
    }
}
