package org.tthc.api;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.tthc.api.bench.LocalJwtIssuer;

/**
 * The app under test trusts a {@link LocalJwtIssuer} made per JVM (a stand-in for the province's OIDC provider, no
 * network); tokens of another one are foreign.
 */
public final class TestJwtIssuer {
    public static final String ISSUER = LocalJwtIssuer.ISSUER;
    private static final LocalJwtIssuer TRUSTED = new LocalJwtIssuer();
    private static final LocalJwtIssuer FOREIGN = new LocalJwtIssuer();
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private TestJwtIssuer() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        JwtDecoder testJwtDecoder() {
            return TRUSTED.decoder();
        }
    }

    /** A token for {@code subject} with these claims, valid for five minutes, signed by the test provider. */
    public static String token(String subject, Map<String, Object> claims) {
        return TRUSTED.token(subject, claims, LIFETIME);
    }

    /** The same, signed with a key the app does not trust. */
    public static String foreignToken(String subject, Map<String, Object> claims) {
        return FOREIGN.token(subject, claims, LIFETIME);
    }
}
