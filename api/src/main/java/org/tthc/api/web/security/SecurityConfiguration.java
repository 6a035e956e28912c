package org.tthc.api.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.tthc.api.portal.PortalProperties;
import org.tthc.api.security.ApiAccounts;

/**
 * Who may open what. Public: the catalogue, the status lookup, login, static files. Citizens: online submission and
 * their own dossiers ({@code /my/**}). Officers and the admin: {@code /officer/**} (which dossiers, by organisation,
 * is checked per request). The actuator's health and info are open. {@code /api/**} has a chain of its own, ahead of
 * this one ({@code org.tthc.api.security.ApiSecurityConfiguration}), and so has {@code /workspace/**}
 * ({@code org.tthc.api.workspace.WorkspaceSecurityConfiguration}). The login page signs in portal accounts first,
 * then the API's users (analysts land on the workspace); both share the session.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, PortalAccounts portalAccounts, PasswordEncoder encoder,
                                       ApiAccounts apiAccounts) throws Exception {
        DaoAuthenticationProvider portal = new DaoAuthenticationProvider(portalAccounts);
        portal.setPasswordEncoder(encoder);
        http.authenticationManager(new ProviderManager(portal, apiAccounts.authenticationProvider()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**").permitAll()
                        .requestMatchers("/", "/procedures/**", "/status", "/login", "/error", "/css/**",
                                "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/submit/**", "/my/**").hasRole(Role.CITIZEN.name())
                        .requestMatchers("/officer/**").hasAnyRole(Role.OFFICER.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(landingByRole(portalAccounts)).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }

    /**
     * After login: the page that asked for it, else the officer's inbox, the citizen's dossiers, or for a user of the
     * API (no portal account) the analysts' workspace.
     */
    private static AuthenticationSuccessHandler landingByRole(PortalAccounts portalAccounts) {
        return (request, response, authentication) -> {
            boolean portalUser = portalAccounts.find(authentication.getName()).isPresent();
            boolean staff = authentication.getAuthorities().stream().anyMatch(a ->
                    a.getAuthority().equals(Role.OFFICER.authority()) || a.getAuthority().equals(Role.ADMIN.authority()));
            SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
            handler.setDefaultTargetUrl(!portalUser ? "/workspace" : staff ? "/officer" : "/my/dossiers");
            handler.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The local accounts; with the demo seed on, the demo accounts of {@link DemoAccounts}. */
    @Bean
    PortalAccounts portalAccounts(PasswordEncoder encoder, PortalProperties portal) {
        PortalAccounts accounts = new PortalAccounts(encoder);
        if (portal.demoSeed()) {
            DemoAccounts.ALL.forEach(account -> accounts.add(account, DemoAccounts.PASSWORD));
        }
        return accounts;
    }
}
