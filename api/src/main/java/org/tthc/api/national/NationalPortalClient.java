package org.tthc.api.national;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Posts packets to the national portal (reference.md §1.1): a client-credentials token from {@code POST {base}/token},
 * kept until shortly before it expires and fetched again when the portal answers 401; the packet with its
 * {@code Idempotency-Key}; the answer sorted into acknowledged, worth retrying (5xx, 408, 429, timeouts, dropped
 * connections) or refused (any other 4xx, a DVCQG {@code error_code} other than 0). Thread-safe.
 */
public final class NationalPortalClient {
    /** A token is renewed this long before the portal says it expires, so it does not expire in flight. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);
    private static final Set<Integer> RETRYABLE_4XX = Set.of(408, 425, 429);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NationalProperties settings;
    private final HttpClient http;
    private final Clock clock;
    private BearerToken token;

    public NationalPortalClient(NationalProperties settings, Clock clock) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("national sync is off: set tthc.national.base-url"
                    + " (environment TTHC_NATIONAL_BASE_URL)");
        }
        this.settings = settings;
        this.clock = clock;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (!settings.trustStore().isBlank()) {
            builder.sslContext(sslContext(Path.of(settings.trustStore()), settings.trustStorePassword()));
        }
        this.http = builder.build();
    }

    /** One attempt to deliver {@code entry}; a 401 fetches a new token and tries once more. */
    public Delivery deliver(OutboxEntry entry) throws InterruptedException {
        try {
            HttpResponse<String> response = post(entry, bearer(false));
            if (response.statusCode() == 401) {
                response = post(entry, bearer(true));
            }
            return classify(response);
        } catch (IOException | NationalPortalException e) {
            // HttpTimeoutException (read timeout), ConnectException, a dropped connection: all worth retrying
            return new Delivery(Delivery.Outcome.RETRY, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private HttpResponse<String> post(OutboxEntry entry, String bearer) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(entry.endpoint()))
                .timeout(settings.readTimeout())
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", entry.mediaType() + "; charset=utf-8")
                .header("Idempotency-Key", entry.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(entry.payload(), StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Delivery classify(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status >= 200 && status < 300) {
            String errorCode = errorCode(body);
            return errorCode == null || errorCode.equals("0") || errorCode.equals("00")
                    ? new Delivery(Delivery.Outcome.ACKNOWLEDGED, status, body)
                    : new Delivery(Delivery.Outcome.REFUSED, status, body);
        }
        if (status >= 500 || RETRYABLE_4XX.contains(status) || status == 401) {
            return new Delivery(Delivery.Outcome.RETRY, status, body);
        }
        return new Delivery(Delivery.Outcome.REFUSED, status, body);
    }

    /** The DVCQG services answer {@code {"error_code": "00", "message": …}}; null when the body has none. */
    private static String errorCode(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.hasNonNull("error_code") ? node.get("error_code").asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The cached token, or a new one when there is none, it is about to expire, or {@code renew}. */
    private synchronized String bearer(boolean renew) throws IOException, InterruptedException {
        Instant now = clock.instant();
        if (renew || token == null || !token.usableAt(now)) {
            token = fetchToken(now);
        }
        return token.value();
    }

    private BearerToken fetchToken(Instant now) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encoded(settings.clientId())
                + "&client_secret=" + encoded(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(uri(settings.tokenPath()))
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new NationalPortalException("token endpoint " + request.uri() + " answered HTTP "
                    + response.statusCode() + ": " + response.body() + " (check tthc.national.client-id and"
                    + " client-secret)", null);
        }
        JsonNode body = JSON.readTree(response.body());
        if (body == null || !body.hasNonNull("access_token")) {
            throw new NationalPortalException("token endpoint " + request.uri() + " gave no access_token: "
                    + response.body(), null);
        }
        long expiresIn = body.path("expires_in").asLong(0);
        Instant expiresAt = now.plusSeconds(expiresIn).minus(EXPIRY_MARGIN);
        return new BearerToken(body.get("access_token").asText(), expiresAt);
    }

    private URI uri(String path) {
        String base = settings.baseUrl().endsWith("/")
                ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1) : settings.baseUrl();
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static SSLContext sslContext(Path trustStore, String password) {
        try (InputStream in = Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the trust store " + trustStore
                    + " (tthc.national.trust-store, a PKCS#12 file): " + e.getMessage(), e);
        }
    }
}
