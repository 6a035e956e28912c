package org.tthc.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tthc.api.security.ApiDemoAccounts;
import org.tthc.api.security.ApiRole;

/**
 * The one app context of the REST API tests: the shared sample, the demo users, two push source systems, a
 * locally signed JWT issuer ({@link TestJwtIssuer}) and rate limits roomy enough for every test but the one that
 * exhausts them with users and sources of its own. Every API test extends this class and adds no configuration of
 * its own, so that Spring's context cache starts the app (and its Spark session) once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwtIssuer.Configuration.class)
public abstract class ApiTest {
    /** A source system allowed to push, and its API key. */
    protected static final String PUSH_SYSTEM = "motcua-test";
    protected static final String PUSH_KEY = "push-test-key-1";
    /** A second source system, whose bucket only the rate-limit test empties. */
    protected static final String RATE_LIMITED_SYSTEM = "rate-test";
    protected static final String RATE_LIMITED_KEY = "rate-test-key-1";
    protected static final int RATE_LIMIT = 40;

    @DynamicPropertySource
    static void apiTestConfiguration(DynamicPropertyRegistry registry) {
        ApiTestData.register(registry);
        registry.add("tthc.ingestion.push.sources." + PUSH_SYSTEM + ".key-sha256", () -> sha256(PUSH_KEY));
        registry.add("tthc.ingestion.push.sources.other-system.key-sha256", () -> sha256("other-key"));
        registry.add("tthc.ingestion.push.sources." + RATE_LIMITED_SYSTEM + ".key-sha256",
                () -> sha256(RATE_LIMITED_KEY));
        registry.add("tthc.ingestion.push.max-body", () -> "64KB");
        registry.add("tthc.security.rate-limits.query-capacity", () -> RATE_LIMIT);
        registry.add("tthc.security.rate-limits.query-period", () -> "1h");
        registry.add("tthc.security.rate-limits.push-capacity", () -> RATE_LIMIT);
        registry.add("tthc.security.rate-limits.push-period", () -> "1h");
        registry.add("tthc.security.jwt.role-mapping.tthc-operator", () -> "OPERATOR");
        registry.add("tthc.security.jwt.role-mapping.tthc-analyst", () -> "ANALYST");
    }

    @Autowired
    protected TestRestTemplate http;

    /** Requests with the HTTP Basic credentials of the demo user of {@code role}. */
    protected TestRestTemplate as(ApiRole role) {
        return as(demoUser(role));
    }

    protected TestRestTemplate as(String username) {
        return http.withBasicAuth(username, ApiDemoAccounts.PASSWORD);
    }

    protected static String demoUser(ApiRole role) {
        return switch (role) {
            case ANALYST -> ApiDemoAccounts.ANALYST;
            case OFFICE -> ApiDemoAccounts.OFFICE;
            case OPERATOR -> ApiDemoAccounts.OPERATOR;
            case ADMIN -> ApiDemoAccounts.ADMIN;
        };
    }

    protected static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
