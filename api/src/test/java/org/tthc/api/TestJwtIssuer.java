package org.tthc.api;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * A stand-in for the province's OIDC provider: an RSA key made per JVM signs the tokens, and the app under test
 * decodes them with a {@link JwtDecoder} over the public half, as it would with the provider's JWK set. No network.
 */
public final class TestJwtIssuer {
    public static final String ISSUER = "https://sso.test.invalid/realms/tthc";
    private static final KeyPair KEYS = rsa();
    private static final KeyPair OTHER_KEYS = rsa();

    private TestJwtIssuer() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        JwtDecoder testJwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }

    /** A token for {@code subject} with these claims, valid for five minutes, signed by the test provider. */
    public static String token(String subject, Map<String, Object> claims) {
        return sign(KEYS, subject, claims);
    }

    /** The same, signed with a key the app does not trust. */
    public static String foreignToken(String subject, Map<String, Object> claims) {
        return sign(OTHER_KEYS, subject, claims);
    }

    private static String sign(KeyPair keys, String subject, Map<String, Object> claims) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        Instant now = Instant.now();
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(ISSUER).subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(300));
        claims.forEach(set::claim);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                set.build())).getTokenValue();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
