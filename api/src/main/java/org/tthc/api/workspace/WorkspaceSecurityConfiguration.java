package org.tthc.api.workspace;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.tthc.api.security.ApiAccounts;
import org.tthc.api.security.ApiRole;

/**
 * Who may open the analysts' workspace ({@code /workspace/**}, docs/workspace.md): the API's analysts and admins,
 * signed in on the portal's login page (a session, CSRF on forms). A chain of its own, after the stateless
 * {@code /api/**} chain and ahead of the portal's, because the portal's roles are not the API's: portal-lite's
 * {@code admin} has the authority {@code ROLE_ADMIN} too, so access is decided by the API's own user store, never by
 * the authority name alone. Anonymous visitors are sent to the login page, other users get a 403 page.
 */
@Configuration(proxyBeanMethods = false)
public class WorkspaceSecurityConfiguration {
    static final Set<ApiRole> WORKSPACE_ROLES = Set.of(ApiRole.ANALYST, ApiRole.ADMIN);

    @Bean
    @Order(2)
    SecurityFilterChain workspaceSecurity(HttpSecurity http, ApiAccounts accounts) throws Exception {
        http.securityMatcher("/workspace", "/workspace/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(workspaceUsers(accounts)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    /** Signed in as a local API user whose role is analyst or admin (the authority is the API's, not the portal's). */
    static AuthorizationManager<RequestAuthorizationContext> workspaceUsers(ApiAccounts accounts) {
        return (authentication, context) -> {
            var user = authentication.get();
            boolean allowed = user != null && user.isAuthenticated()
                    && accounts.find(user.getName()).filter(a -> WORKSPACE_ROLES.contains(a.role()))
                    .filter(a -> user.getAuthorities().stream()
                            .anyMatch(granted -> granted.getAuthority().equals(a.role().authority())))
                    .isPresent();
            return new AuthorizationDecision(allowed);
        };
    }
}
