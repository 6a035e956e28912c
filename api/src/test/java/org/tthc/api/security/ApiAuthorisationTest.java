package org.tthc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;

/**
 * Every endpoint of {@code /api/**} against every caller: anonymous is 401, each role the endpoint is not for is
 * 403 (both as problem details), each role it is for gets past security (whatever the endpoint answers then). The
 * requests are chosen to be cheap: most fail validation in the controller. Add a row with each new endpoint. The
 * workspace's pages ({@code /workspace/**}) likewise, signed in through the page login (a session): anonymous is
 * sent to the login page (a form post without a session fails its CSRF check: 403), other API roles and portal
 * accounts get a 403.
 */
class ApiAuthorisationTest extends ApiTest {
    private static final Set<ApiRole> ANALYSIS = EnumSet.of(ApiRole.ANALYST, ApiRole.ADMIN);
    private static final Set<ApiRole> OPERATIONS = EnumSet.of(ApiRole.OPERATOR, ApiRole.ADMIN);
    private static final Set<ApiRole> ADMINISTRATION = EnumSet.of(ApiRole.ADMIN);
    private static final Set<ApiRole> OFFICE = EnumSet.of(ApiRole.OFFICE, ApiRole.ADMIN);
    private static final Set<ApiRole> STATISTICS = EnumSet.of(ApiRole.ANALYST, ApiRole.OFFICE, ApiRole.ADMIN);
    private static final Set<ApiRole> QUALITY = EnumSet.of(ApiRole.ANALYST, ApiRole.OPERATOR, ApiRole.ADMIN);

    record Endpoint(HttpMethod method, String path, MediaType contentType, String body, Set<ApiRole> roles) {
        static Endpoint get(String path, Set<ApiRole> roles) {
            return new Endpoint(HttpMethod.GET, path, null, null, roles);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.get("/api/statistics?period=not-a-period", STATISTICS),
            Endpoint.get("/api/statistics?period=not-a-period&format=csv", STATISTICS),
            Endpoint.get("/api/statistics?period=not-a-period&level=2", STATISTICS),
            Endpoint.get("/api/statistics/packets?period=not-a-period", OFFICE),
            Endpoint.get("/api/statistics/packets/999999999", OFFICE),
            Endpoint.get("/api/quality?period=not-a-period", QUALITY),
            Endpoint.get("/api/quality/checks/no-such-check", QUALITY),
            Endpoint.get("/api/procedures?size=0", ANALYSIS),
            Endpoint.get("/api/procedures/no-such-procedure", ANALYSIS),
            new Endpoint(HttpMethod.POST, "/api/query", MediaType.TEXT_PLAIN, "DROP TABLE dossier", ANALYSIS),
            Endpoint.get("/api/query/views", ANALYSIS),
            Endpoint.get("/api/organisations", ANALYSIS),
            Endpoint.get("/api/organisations/" + ApiDemoAccounts.JUSTICE_DEPARTMENT, ANALYSIS),
            Endpoint.get("/api/ingestion/runs?page=-1", OPERATIONS),
            Endpoint.get("/api/quarantine?limit=1", OPERATIONS),
            new Endpoint(HttpMethod.POST, "/api/quarantine/retry", MediaType.APPLICATION_JSON, "{\"ids\": []}",
                    OPERATIONS),
            Endpoint.get("/api/national/outbox?limit=1", OPERATIONS),
            new Endpoint(HttpMethod.POST, "/api/national/outbox/999999999/resend", null, null, OPERATIONS),
            Endpoint.get("/api/reports/not-a-report?period=2025-04", OFFICE),
            Endpoint.get("/api/reports/runs?limit=1", OFFICE),
            new Endpoint(HttpMethod.POST, "/api/reports/runs/999999999/restart", null, null, OFFICE),
            Endpoint.get("/api/audit?limit=1", ADMINISTRATION),
            Endpoint.get("/api/users", ADMINISTRATION),
            new Endpoint(HttpMethod.PUT, "/api/users/authorisation.test", MediaType.APPLICATION_JSON,
                    "{\"role\": \"analyst\", \"password\": \"a-long-password\"}", ADMINISTRATION),
            Endpoint.get("/api/no-such-endpoint", ADMINISTRATION));

    /** The workspace's pages, each asked for in a way that stays cheap (most fail validation); analysts and admins. */
    static final List<Endpoint> WORKSPACE_PAGES = List.of(
            Endpoint.get("/workspace?to=not-a-month", ANALYSIS),
            Endpoint.get("/workspace/dossiers?period=not-a-period&org=x&field=SolvedLate", ANALYSIS),
            Endpoint.get("/workspace/process?from=not-a-month", ANALYSIS),
            Endpoint.get("/workspace/sql?again=0", ANALYSIS),
            new Endpoint(HttpMethod.POST, "/workspace/sql", MediaType.APPLICATION_FORM_URLENCODED,
                    "sql=DROP+TABLE+dossier", ANALYSIS));

    static Stream<Arguments> workspaceCallers() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint page : WORKSPACE_PAGES) {
            for (ApiRole role : ApiRole.values()) {
                cases.add(Arguments.of(page, role));
            }
        }
        return cases.stream();
    }

    static Stream<Endpoint> workspacePages() {
        return WORKSPACE_PAGES.stream();
    }

    static Stream<Arguments> callers() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (ApiRole role : ApiRole.values()) {
                cases.add(Arguments.of(endpoint, role));
            }
        }
        return cases.stream();
    }

    static Stream<Endpoint> endpoints() {
        return ENDPOINTS.stream();
    }

    @ParameterizedTest(name = "{0} anonymous")
    @MethodSource("endpoints")
    void anAnonymousCallIsUnauthenticated(Endpoint endpoint) {
        ResponseEntity<String> response = call(http, endpoint);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getHeaders().get("WWW-Authenticate")).contains("Basic realm=\"tthc-api\"");
        assertThat(response.getBody()).contains("\"status\":401", "\"title\":\"Unauthenticated\"");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("callers")
    void eachRoleGetsPastSecurityExactlyWhereItIsAllowed(Endpoint endpoint, ApiRole role) {
        ResponseEntity<String> response = call(as(role), endpoint);

        if (endpoint.roles().contains(role)) {
            assertThat(response.getStatusCode().value()).as(response.getBody()).isNotIn(401, 403);
        } else {
            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(response.getBody()).contains("\"status\":403", "\"title\":\"Forbidden\"");
        }
    }

    @Test
    void aWrongPasswordIsUnauthenticated() {
        ResponseEntity<String> response = call(http.withBasicAuth(ApiDemoAccounts.ADMIN, "not-the-password"),
                Endpoint.get("/api/users", ADMINISTRATION));

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void portalAccountsAreNotApiUsers() {
        ResponseEntity<String> response = call(http.withBasicAuth("admin", ApiDemoAccounts.PASSWORD),
                Endpoint.get("/api/users", ADMINISTRATION));

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theOpenApiDescriptionAndSwaggerUiArePublic() {
        ResponseEntity<String> description = http.getForEntity("/v3/api-docs", String.class);
        assertThat(description.getStatusCode().value()).isEqualTo(200);
        assertThat(description.getBody()).contains("\"/api/statistics\"", "\"/api/national/outbox/{id}/resend\"",
                        "\"/api/statistics/packets\"", "\"/api/statistics/packets/{id}\"", "\"/api/quality\"",
                        "\"/api/quality/checks/{id}\"", "\"/api/procedures\"", "\"/api/procedures/{code}\"",
                        "text/csv")
                .doesNotContain("\"/officer\"");
        ResponseEntity<String> ui = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(ui.getStatusCode().value()).isEqualTo(200);
        assertThat(ui.getBody()).contains("swagger-ui");
    }

    @Test
    void anUnknownPathIsANotFoundProblemForAnAdmin() {
        ResponseEntity<String> response = call(as(ApiRole.ADMIN), Endpoint.get("/api/no-such-endpoint", ADMINISTRATION));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    /** A page is sent to the login; a form post without a session has no CSRF token and is refused first. */
    @ParameterizedTest(name = "{0} anonymous")
    @MethodSource("workspacePages")
    void anAnonymousVisitorOfTheWorkspaceIsSentToTheLogin(Endpoint page) {
        ResponseEntity<String> response = visit(null, page);

        if (page.method() == HttpMethod.GET) {
            assertThat(response.getStatusCode().value()).isEqualTo(302);
            assertThat(response.getHeaders().getLocation()).hasPath("/login");
        } else {
            assertThat(response.getStatusCode().value()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("workspaceCallers")
    void eachRoleOpensTheWorkspaceExactlyWhereItIsAllowed(Endpoint page, ApiRole role) {
        ResponseEntity<String> response = visit(PageSessions.of(pages(), demoUser(role)), page);

        if (page.roles().contains(role)) {
            assertThat(response.getStatusCode().value()).as(response.getBody()).isNotIn(302, 401, 403);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("text/html");
        } else {
            assertThat(response.getStatusCode().value()).isEqualTo(403);
        }
    }

    @Test
    void portalAccountsMayNotOpenTheWorkspaceEvenAsThePortalAdmin() {
        for (String portalAccount : List.of("admin", "canbo.tuphap")) {
            ResponseEntity<String> response = visit(PageSessions.of(pages(), portalAccount), WORKSPACE_PAGES.get(0));
            assertThat(response.getStatusCode().value()).as(portalAccount).isEqualTo(403);
        }
    }

    @Test
    void apiUsersLandOnTheWorkspaceAfterThePageLogin() {
        ResponseEntity<String> login = PageSessions.login(pages(), ApiDemoAccounts.ANALYST);

        assertThat(login.getStatusCode().value()).isEqualTo(302);
        assertThat(login.getHeaders().getLocation()).hasPath("/workspace");
    }

    /** A workspace page with the session cookie of a page login (none: anonymous), the CSRF token on a POST. */
    private ResponseEntity<String> visit(PageSessions.Session session, Endpoint page) {
        HttpHeaders headers = new HttpHeaders();
        String body = page.body();
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, session.cookie());
            if (page.method() == HttpMethod.POST) {
                body = body + "&_csrf=" + session.csrf();
            }
        }
        if (page.contentType() != null) {
            headers.setContentType(page.contentType());
        }
        return pages().exchange(page.path(), page.method(), new HttpEntity<>(body, headers), String.class);
    }

    /** Page requests as a browser's, but answering each redirect instead of following it. */
    private TestRestTemplate pages() {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private static ResponseEntity<String> call(TestRestTemplate client, Endpoint endpoint) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (endpoint.contentType() != null) {
            headers.setContentType(endpoint.contentType());
        }
        return client.exchange(endpoint.path(), endpoint.method(), new HttpEntity<>(endpoint.body(), headers),
                String.class);
    }
}
