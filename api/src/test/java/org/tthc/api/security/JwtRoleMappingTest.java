package org.tthc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.tthc.api.ApiTest;
import org.tthc.api.TestJwtIssuer;

/**
 * Bearer JWTs of the (test) OIDC provider: the roles claim is mapped to API roles by {@code role-mapping} or by the
 * role's own name, other roles grant nothing, the organisation claim scopes the data, a token of another key is 401.
 */
class JwtRoleMappingTest extends ApiTest {

    @Test
    void aMappedProviderRoleGrantsTheApiRole() {
        String token = TestJwtIssuer.token("operator-1", Map.of("roles", List.of("tthc-operator", "offline_access")));

        assertThat(get(token, "/api/national/outbox?limit=1").getStatusCode().value()).isEqualTo(200);
        assertThat(get(token, "/api/users").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anApiRoleNameCountsAsItself() {
        String token = TestJwtIssuer.token("admin-1", Map.of("roles", "admin"));

        assertThat(get(token, "/api/users").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutApiRolesIsForbidden() {
        String token = TestJwtIssuer.token("someone", Map.of("roles", List.of("portal-user")));

        ResponseEntity<String> response = get(token, "/api/organisations");
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void theOrganisationClaimScopesTheData() {
        String token = TestJwtIssuer.token("analyst-1", Map.of("roles", List.of("tthc-analyst"),
                "org", ApiDemoAccounts.JUSTICE_DEPARTMENT));

        assertThat(get(token, "/api/organisations/" + ApiDemoAccounts.JUSTICE_DEPARTMENT).getStatusCode().value())
                .isEqualTo(200);
        assertThat(get(token, "/api/organisations/000.00.01.H97").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() {
        String token = TestJwtIssuer.foreignToken("intruder", Map.of("roles", "admin"));

        ResponseEntity<String> response = get(token, "/api/users");
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void rolesAreReadFromANestedClaimWhenConfigured() {
        JwtRoles roles = new JwtRoles(new ApiSecurityProperties.Jwt("", "", "realm_access.roles",
                Map.of("tthc-office", ApiRole.OFFICE), "org"));
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("office-1")
                .claim("realm_access", Map.of("roles", List.of("tthc-office", "operator", "uma_authorization")))
                .build();

        assertThat(roles.roles(jwt)).containsExactly(ApiRole.OFFICE, ApiRole.OPERATOR);
        assertThat(roles.orgCode(jwt)).isEmpty();
    }

    private ResponseEntity<String> get(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
