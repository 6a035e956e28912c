package org.tthc.api.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.tthc.api.TthcApplication;
import org.tthc.api.security.ApiRole;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.warehouse.spark.SparkSettings;

/**
 * {@code GET /api/statistics} for one organisation-month, warm, under {@value #CLIENTS} concurrent clients on
 * loopback (performance issue: p95 ≤ 50 ms). Set-up, not timed: the app is started in this JVM on the tier's
 * warehouse (Spark serving, the embedded default; no sample, no scheduled pull), the organisation-months are listed
 * (every month's level-1 and level-2 organisations; the smoke takes the last two months) and each is asked once, so that every answer is computed and
 * kept. A measured run is a window of fixed length in which each client asks for the organisation-months in turn,
 * with a bearer token as a dashboard would; its value is the window's 95th percentile latency, its detail the
 * throughput, p50/p95/p99 and the error count. Any answer but 200 fails the benchmark.
 */
public final class ApiStatisticsBenchmark implements Benchmark {
    public static final String NAME = "api-statistics";
    static final int CLIENTS = 20;
    /** The goal: a warm p95 of at most 50 ms. */
    private static final double P95_LIMIT_SECONDS = 0.050;

    private final BenchData data;
    private final SparkSettings spark;
    private final Duration window;
    private final int windows;
    private final int months;
    private final Consumer<String> progress;
    private final LocalJwtIssuer issuer = new LocalJwtIssuer();
    private ConfigurableApplicationContext app;
    private HttpClient http;
    private URI base;
    private String token;
    private List<String> paths;

    /**
     * @param spark   the settings of this JVM's Spark session, which the app must ask for alike
     * @param window  the length of one measured window
     * @param windows the measured windows (the harness's repeat count)
     * @param months  the tier's last months asked for (all of them; the smoke takes two)
     */
    public ApiStatisticsBenchmark(BenchData data, SparkSettings spark, Duration window, int windows, int months,
                                  Consumer<String> progress) {
        this.data = data;
        this.spark = spark;
        this.window = window;
        this.windows = windows;
        this.months = months;
        this.progress = progress;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/statistics for one org-month, warm, " + CLIENTS + " concurrent clients on loopback (p95)";
    }

    @Override
    public double limitSeconds() {
        return P95_LIMIT_SECONDS;
    }

    @Override
    public void setUp() throws Exception {
        long start = System.nanoTime();
        SpringApplication application = new SpringApplication(TthcApplication.class);
        application.addInitializers(context -> ((GenericApplicationContext) context)
                .registerBean("benchJwtDecoder", JwtDecoder.class, issuer::decoder));
        app = application.run("--server.port=0",
                "--tthc.warehouse.data-dir=" + data.data(),
                "--tthc.warehouse.spark-master=" + spark.master(),
                "--tthc.warehouse.shuffle-partitions=" + spark.shufflePartitions(),
                "--tthc.ingestion.sample-on-first-start=false",
                "--tthc.ingestion.portal-pull.cron=-",
                "--tthc.portal.demo-seed=false",
                "--tthc.ready-banner=false");
        base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
        token = issuer.token("bench", Map.of("roles", List.of(ApiRole.ANALYST.name())), Duration.ofHours(12));
        progress.accept(String.format(Locale.ROOT, "%s: app started on %s in %.1f s (not timed)", NAME, base,
                seconds(System.nanoTime() - start)));

        start = System.nanoTime();
        YearMonth first = data.config().from().plusMonths(data.tier().months() - (long) months);
        List<YearMonth> asked = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            asked.add(first.plusMonths(m));
        }
        paths = orgMonthPaths(asked, this::get);
        for (String path : paths) {
            get(path);
        }
        progress.accept(String.format(Locale.ROOT, "%s: %,d org-months computed and asked once in %.1f s (not "
                + "timed)", NAME, paths.size(), seconds(System.nanoTime() - start)));
    }

    @Override
    public String run() {
        throw new UnsupportedOperationException(NAME + " measures latencies itself (computed)");
    }

    @Override
    public Measurement computed() throws Exception {
        List<Double> p95s = new ArrayList<>();
        String detail = null;
        for (int w = 1; w <= windows; w++) {
            Window measured = measureWindow();
            p95s.add(measured.percentile(0.95));
            detail = measured.detail(paths.size());
            progress.accept(NAME + ": window " + w + "/" + windows + ": " + detail);
        }
        return new Measurement(NAME, p95s, detail);
    }

    @Override
    public void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    /** One window: every client asks in turn until the window ends; the latencies of all answers. */
    private Window measureWindow() throws Exception {
        long end = System.nanoTime() + window.toNanos();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                results.add(clients.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    for (int i = client; System.nanoTime() < end; i++) {
                        String path = paths.get(i % paths.size());
                        long start = System.nanoTime();
                        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            firstError.compareAndSet(null, path + " answered " + response.statusCode() + ": "
                                    + response.body());
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            if (firstError.get() != null) {
                throw new IllegalStateException(firstError.get());
            }
            return new Window(all.stream().flatMapToLong(Arrays::stream).sorted()
                    .mapToDouble(ApiStatisticsBenchmark::seconds).toArray(), window);
        } finally {
            clients.shutdownNow();
        }
    }

    /** A GET's body; any answer but 200 is an exception. */
    interface Get {
        String body(String path) throws IOException, InterruptedException;
    }

    /**
     * {@code GET /api/statistics} of one organisation-month for every level-1 and level-2 organisation of each of
     * {@code months}, as the API lists them.
     */
    static List<String> orgMonthPaths(List<YearMonth> months, Get get) throws IOException, InterruptedException {
        StatisticsPacketCodec codec = new StatisticsPacketCodec();
        List<String> paths = new ArrayList<>();
        for (YearMonth month : months) {
            for (String level : List.of("1", "2")) {
                for (StatisticsPacket packet : codec.fromJson(get.body("/api/statistics?period=" + month + "&level="
                        + level))) {
                    paths.add("/api/statistics?period=" + month + "&org=" + packet.organisationCode());
                }
            }
        }
        return paths;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).GET().build();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The latencies of one window in seconds, ascending. */
    private record Window(double[] sorted, Duration length) {
        double percentile(double p) {
            if (sorted.length == 0) {
                throw new IllegalStateException("no request was answered in a window of " + length);
            }
            return Measurement.percentile(sorted, p);
        }

        String detail(int orgMonths) {
            return String.format(Locale.ROOT, "%,d requests in %.0f s (%,.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f"
                            + " ms, 0 errors, %,d org-months", sorted.length, seconds(length.toNanos()),
                    sorted.length / seconds(length.toNanos()), percentile(0.50) * 1e3, percentile(0.95) * 1e3,
                    percentile(0.99) * 1e3, orgMonths);
        }
    }
}
