package org.tthc.api.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.tthc.api.ingest.PushKeys;
import org.tthc.api.portal.PortalProperties;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may call what under {@code /api/**} (docs/security.md): a stateless chain ahead of portal-lite's page chain.
 * Local users by HTTP Basic, and with {@code tthc.security.jwt.*} the bearer JWTs of an OIDC provider. Source
 * systems pushing packets keep their own API keys (checked by the push itself). The OpenAPI description and
 * Swagger UI are public. Every refusal is a problem detail; {@code /api/query} and the push are rate limited.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSecurityProperties.class)
public class ApiSecurityConfiguration {
    private static final String ANALYST = ApiRole.ANALYST.name();
    private static final String OFFICE = ApiRole.OFFICE.name();
    private static final String OPERATOR = ApiRole.OPERATOR.name();
    private static final String ADMIN = ApiRole.ADMIN.name();

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiAccounts accounts, JwtRoles jwtRoles, Problems problems,
                                    ApiSecurityProperties properties, PushKeys pushKeys,
                                    ObjectProvider<JwtDecoder> jwtDecoders) throws Exception {
        JwtDecoder jwtDecoder = jwtDecoders.getIfAvailable(() -> configuredDecoder(properties.jwt()));
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.addHeader("WWW-Authenticate", "Basic realm=\"tthc-api\"");
            if (jwtDecoder != null) {
                response.addHeader("WWW-Authenticate", "Bearer");
            }
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthenticated",
                    "sign in: HTTP Basic with an API user" + (jwtDecoder != null ? ", or a bearer token" : "")
                            + " (docs/security.md)"));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(request, response,
                Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "your role may not " + request.getMethod() + " "
                        + request.getRequestURI() + " (docs/security.md lists the roles of each endpoint)"));
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/ingest/packets").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/statistics").hasAnyRole(ANALYST, OFFICE, ADMIN)
                        .requestMatchers("/api/statistics/packets/**").hasAnyRole(OFFICE, ADMIN)
                        .requestMatchers("/api/quality/**").hasAnyRole(ANALYST, OPERATOR, ADMIN)
                        .requestMatchers("/api/statistics/**", "/api/query/**", "/api/organisations/**",
                                "/api/procedures/**").hasAnyRole(ANALYST, ADMIN)
                        .requestMatchers("/api/reports/**").hasAnyRole(OFFICE, ADMIN)
                        .requestMatchers("/api/ingestion/**", "/api/ingest/**", "/api/quarantine/**",
                                "/api/national/**").hasAnyRole(OPERATOR, ADMIN)
                        .anyRequest().hasRole(ADMIN))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authenticationManager(new ProviderManager(accounts.authenticationProvider()))
                .httpBasic(basic -> basic.realmName("tthc-api").authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .addFilterAfter(new RateLimits(properties.rateLimits(), pushKeys, problems), AuthorizationFilter.class);
        if (jwtDecoder != null) {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoder);
            provider.setJwtAuthenticationConverter(jwtRoles);
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden)
                    .jwt(jwt -> jwt.authenticationManager(new ProviderManager(provider))));
        }
        return http.build();
    }

    /** The provider's decoder from {@code tthc.security.jwt.*}; null while JWT sign-in is off. */
    private static JwtDecoder configuredDecoder(ApiSecurityProperties.Jwt jwt) {
        if (!jwt.enabled()) {
            return null;
        }
        NimbusJwtDecoder decoder = jwt.jwkSetUri().isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build()
                : NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
        if (!jwt.issuerUri().isBlank()) {
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(jwt.issuerUri()));
        }
        return decoder;
    }

    /** The API's local users; with the demo data on, the demo users of {@link ApiDemoAccounts}. */
    @Bean
    ApiAccounts apiAccounts(PortalProperties portal) {
        ApiAccounts accounts = new ApiAccounts();
        if (portal.demoSeed()) {
            ApiDemoAccounts.ALL.forEach(account -> accounts.add(account, ApiDemoAccounts.PASSWORD));
        }
        return accounts;
    }

    @Bean
    JwtRoles jwtRoles(ApiSecurityProperties properties) {
        return new JwtRoles(properties.jwt());
    }

    @Bean
    DataScopes dataScopes(ApiAccounts accounts, JwtRoles jwtRoles) {
        return new DataScopes(accounts, jwtRoles);
    }

    @Bean
    Problems problems(ObjectMapper json) {
        return new Problems(json);
    }
}
