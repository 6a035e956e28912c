package org.tthc.api.bench;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A stand-in for the province's OIDC provider, for an app started by the benchmark harness or the tests: an RSA key
 * made per instance signs the tokens, and the app decodes them with {@link #decoder()} over the public half, as it
 * would with the provider's JWK set. No network. A bearer token is what a dashboard sends; HTTP Basic would make
 * every request pay a BCrypt check (tens of milliseconds), which is not what the API's latency is about.
 */
public final class LocalJwtIssuer {
    public static final String ISSUER = "https://sso.test.invalid/realms/tthc";

    private final KeyPair keys = rsa();
    private final String keyId = UUID.randomUUID().toString();

    /** A decoder that accepts this issuer's tokens only. */
    public JwtDecoder decoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
    }

    /**
     * The public half as a JWK set, what the provider serves at its {@code jwks_uri}: for an app in another process
     * ({@code tthc.security.jwt.jwk-set-uri}).
     */
    public String jwkSetJson() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(keyId).build()).toString();
    }

    /** A token for {@code subject} with these claims, valid for {@code lifetime}. */
    public String token(String subject, Map<String, Object> claims, Duration lifetime) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(keyId).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        Instant now = Instant.now();
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(ISSUER).subject(subject).issuedAt(now)
                .expiresAt(now.plus(lifetime));
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
