package org.tthc.api.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tthc.api.ingest.PushController;
import org.tthc.api.ingest.PushKeys;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets in front of the expensive endpoints: {@code POST /api/query} per signed-in user, and
 * {@code POST /api/ingest/packets} per source system (known by its API key; an unknown key passes on to the push's
 * own 401). An empty bucket answers 429 with {@code Retry-After} in seconds and a problem detail. The buckets live
 * in this JVM: behind several app instances each has its own.
 */
public final class RateLimits extends OncePerRequestFilter {
    private final ApiSecurityProperties.RateLimits limits;
    private final PushKeys pushKeys;
    private final Problems problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(ApiSecurityProperties.RateLimits limits, PushKeys pushKeys, Problems problems) {
        this.limits = limits;
        this.pushKeys = pushKeys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> key = bucketKey(request);
        if (key.isPresent()) {
            boolean query = key.get().startsWith("query:");
            Bucket bucket = buckets.computeIfAbsent(key.get(), k -> query
                    ? bucket(limits.queryCapacity(), limits.queryPeriod())
                    : bucket(limits.pushCapacity(), limits.pushPeriod()));
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", query
                        ? "at most " + limits.queryCapacity() + " queries per " + text(limits.queryPeriod())
                        + " per user (tthc.security.rate-limits.query-capacity, query-period); try again in "
                        + seconds + " s"
                        : "at most " + limits.pushCapacity() + " pushes per " + text(limits.pushPeriod())
                        + " per source system (tthc.security.rate-limits.push-capacity, push-period); try again in "
                        + seconds + " s");
                problem.setProperty("retryAfterSeconds", seconds);
                problems.write(request, response, problem);
                return;
            }
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        }
        chain.doFilter(request, response);
    }

    private Optional<String> bucketKey(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/query")) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            return Optional.ofNullable(user).map(u -> "query:" + u.getName());
        }
        if (path.equals("/api/ingest/packets")) {
            return pushKeys.sourceSystemOf(request.getHeader(PushController.API_KEY_HEADER)).map(s -> "push:" + s);
        }
        return Optional.empty();
    }

    /** {@code PT1H} as {@code 1h}. */
    private static String text(Duration period) {
        return period.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    private static Bucket bucket(long capacity, Duration period) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build();
    }
}
