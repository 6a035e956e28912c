package org.tthc.api.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.tthc.api.ingest.PushKeys;
import org.tthc.api.security.ApiRole;
import org.tthc.warehouse.spark.SparkSettings;

/**
 * The load test of the reliability issue: the app in a process of its own with a heap limit, on a copy of the tier's
 * data, under a fixed window of concurrent work on loopback: {@value #READERS} clients reading statistics
 * ({@code GET /api/statistics}, one organisation-month each, bearer tokens), {@value #ANALYSTS} analysts running
 * ad-hoc SQL ({@code POST /api/query}) and {@value #PUSHERS} one-stop systems pushing dossier packets
 * ({@code POST /api/ingest/packets}, each with an idempotency key, one push in ten sent twice as a retry). Its value
 * is the p95 latency of the statistics reads; its detail gives throughput, p50/p95/p99 and errors of each kind, the
 * heap limit and the process's peak resident memory. The benchmark fails on any error answer, and when, after the
 * window, the warehouse does not hold exactly the dossiers the pushes were answered as accepted: nothing lost,
 * nothing twice. The app's request rate limits are raised for the test: it measures capacity, not the limiter.
 */
public final class LoadBenchmark implements Benchmark {
    public static final String NAME = "load";
    static final int READERS = 16;
    static final int ANALYSTS = 2;
    static final int PUSHERS = 2;
    private static final String PUSH_SYSTEM = "load-test";
    private static final int DOSSIERS_PER_PUSH = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The ad-hoc questions the analysts take turns asking: aggregates over the analyst views. */
    private static final List<String> QUERIES = List.of(
            "SELECT handling_org_code, count(*) AS dossiers FROM dossier GROUP BY handling_org_code ORDER BY 2 DESC",
            "SELECT received_month, channel, count(*) AS dossiers FROM dossier GROUP BY received_month, channel",
            "SELECT status, count(*) AS events FROM event GROUP BY status ORDER BY status",
            "SELECT handling_org_code, avg(overall) AS score, count(*) AS ratings FROM rating GROUP BY 1");

    private enum Kind { STATISTICS, QUERY, PUSH }

    private final BenchData data;
    private final SparkSettings spark;
    private final Duration window;
    private final String heap;
    private final Consumer<String> progress;
    private final LocalJwtIssuer issuer = new LocalJwtIssuer();
    private final String pushKey = UUID.randomUUID().toString();
    private final AtomicLong pushNumber = new AtomicLong();
    private Path folder;
    private HttpServer jwks;
    private Process app;
    private Thread appOutput;
    private HttpClient http;
    private URI base;
    private String token;
    private List<String> paths;
    private LocalDate pushDay;
    private String pushOrg;

    /**
     * @param spark  the Spark settings the tier's data was made with (the app runs the same master)
     * @param window the length of one measured window
     * @param heap   the app's heap limit ({@code -Xmx}), e.g. {@code 2g}
     */
    public LoadBenchmark(BenchData data, SparkSettings spark, Duration window, String heap,
                         Consumer<String> progress) {
        this.data = data;
        this.spark = spark;
        this.window = window;
        this.heap = heap;
        this.progress = progress;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "statistics reads (p95) under " + READERS + " readers, " + ANALYSTS + " analysts' SQL and " + PUSHERS
                + " pushing systems, the app in its own process with -Xmx" + heap;
    }

    @Override
    public void setUp() throws Exception {
        long start = System.nanoTime();
        folder = data.scratch().resolve(NAME);
        IngestBenchmarks.delete(folder);
        Path appData = folder.resolve("data");
        copyData(data.data(), appData);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keySet = issuer.jwkSetJson().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keySet.length);
            exchange.getResponseBody().write(keySet);
            exchange.close();
        });
        jwks.start();
        int port = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        app = startApp(appData, port);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
        token = issuer.token("load", Map.of("roles", List.of(ApiRole.ANALYST.name())), Duration.ofHours(12));
        progress.accept(String.format(Locale.ROOT, "%s: app started with -Xmx%s on %s in %.1f s (not timed); its log:"
                + " %s", NAME, heap, base, seconds(System.nanoTime() - start), folder.resolve("app.log")));

        start = System.nanoTime();
        YearMonth last = data.config().from().plusMonths(data.tier().months() - 1L);
        paths = ApiStatisticsBenchmark.orgMonthPaths(List.of(last.minusMonths(1), last),
                path -> expect200(path, send(get(path))).body());
        for (String path : paths) {
            expect200(path, send(get(path)));
        }
        pushDay = last.atEndOfMonth();
        pushOrg = paths.get(paths.size() - 1).replaceAll(".*org=", "");
        progress.accept(String.format(Locale.ROOT, "%s: %,d org-months asked once in %.1f s (not timed)", NAME,
                paths.size(), seconds(System.nanoTime() - start)));
    }

    @Override
    public String run() {
        throw new UnsupportedOperationException(NAME + " measures latencies itself (computed)");
    }

    @Override
    public Measurement computed() throws Exception {
        Map<Kind, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new ConcurrentLinkedQueue<>());
        }
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        long peakRss = 0;
        long end = System.nanoTime() + window.toNanos();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(READERS + ANALYSTS + PUSHERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < READERS; c++) {
                int client = c;
                done.add(clients.submit(() -> loop(go, end, errors, i -> {
                    String path = paths.get((int) ((client + i * READERS) % paths.size()));
                    timed(latencies.get(Kind.STATISTICS), () -> expect200(path, send(get(path))));
                })));
            }
            for (int c = 0; c < ANALYSTS; c++) {
                int client = c;
                done.add(clients.submit(() -> loop(go, end, errors, i -> {
                    String sql = QUERIES.get((int) ((client + i) % QUERIES.size()));
                    timed(latencies.get(Kind.QUERY), () -> expect200("query " + sql, send(query(sql))));
                })));
            }
            for (int c = 0; c < PUSHERS; c++) {
                int client = c;
                done.add(clients.submit(() -> loop(go, end, errors, i -> {
                    long number = pushNumber.incrementAndGet();
                    String body = packet(client, number);
                    String key = "load-" + pushKey + "-" + number;
                    AtomicReference<String> answer = new AtomicReference<>();
                    timed(latencies.get(Kind.PUSH), () -> answer.set(expect200("push " + number,
                            send(push(key, body))).body()));
                    long count = JSON.readTree(answer.get()).path("accepted").asLong(-1);
                    if (count != DOSSIERS_PER_PUSH) {
                        throw new IllegalStateException("push " + number + " accepted " + count + " of "
                                + DOSSIERS_PER_PUSH + ": " + answer.get());
                    }
                    accepted.addAndGet(count);
                    if (number % 10 == 0) { // a client that missed the answer sends the same push again
                        String again = expect200("retried push " + number, send(push(key, body))).body();
                        if (!JSON.readTree(again).equals(JSON.readTree(answer.get()))) {
                            throw new IllegalStateException("the retry of push " + number + " was answered "
                                    + again + ", the push " + answer.get());
                        }
                        retries.incrementAndGet();
                    }
                })));
            }
            go.countDown();
            while (System.nanoTime() < end) {
                peakRss = Math.max(peakRss, residentBytes(app.pid()));
                Thread.sleep(250);
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES); // a push under way finishes
            }
        } finally {
            clients.shutdownNow();
        }
        peakRss = Math.max(peakRss, residentBytes(app.pid()));
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.size() + " error(s) under load; the first: " + errors.peek());
        }
        long stored = storedPushedDossiers();
        if (stored != accepted.get()) {
            throw new IllegalStateException("the pushes were answered " + accepted.get() + " dossiers accepted, but"
                    + " the warehouse holds " + stored + " of them");
        }
        double seconds = seconds(window.toNanos());
        double[] reads = sortedSeconds(latencies.get(Kind.STATISTICS));
        String detail = String.format(Locale.ROOT, "%s; %s; %s (%,d retried); 0 errors; %,d pushed dossiers, all"
                        + " stored once; heap -Xmx%s, peak RSS %,d MiB",
                describe("statistics", reads, seconds), describe("query", sortedSeconds(latencies.get(Kind.QUERY)),
                        seconds),
                describe("push", sortedSeconds(latencies.get(Kind.PUSH)), seconds), retries.get(), stored, heap,
                peakRss / (1024 * 1024));
        progress.accept(NAME + ": " + detail);
        if (reads.length == 0) {
            throw new IllegalStateException("no statistics read was answered in a window of " + window);
        }
        return new Measurement(NAME, List.of(Measurement.percentile(reads, 0.95)), detail);
    }

    @Override
    public void tearDown() {
        if (app != null) {
            app.destroy();
            try {
                if (!app.waitFor(60, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                app.destroyForcibly();
            }
        }
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    private interface Step {
        void run(long i) throws Exception;
    }

    private interface Call {
        void run() throws Exception;
    }

    /** Runs {@code step} with i = 0, 1, … from the signal until the window ends; the first failure ends the loop. */
    private static Void loop(CountDownLatch go, long end, ConcurrentLinkedQueue<String> errors, Step step)
            throws InterruptedException {
        go.await();
        for (long i = 0; System.nanoTime() < end; i++) {
            try {
                step.run(i);
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                errors.add(message.length() > 500 ? message.substring(0, 500) + " …" : message);
                return null;
            }
        }
        return null;
    }

    private static void timed(ConcurrentLinkedQueue<Long> into, Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        into.add(System.nanoTime() - start);
    }

    private static HttpResponse<String> expect200(String what, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /**
     * A DongBoHoSoMC packet of new dossiers of an organisation of the tier, received on the tier's last day; their
     * codes are unique to this push (a twelve-digit sequence, which the generated data never has).
     */
    private String packet(int client, long number) {
        String received = WIRE.format(pushDay.atTime(9, 0));
        String due = WIRE.format(pushDay.plusDays(10).atTime(17, 0));
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < DOSSIERS_PER_PUSH; i++) {
            records.append(i == 0 ? "" : ",").append("""
                    {"MaHoSo":"%s-%s-99%d%06d%03d","MaTTHC":"1.001234","TenTTHC":"Cấp giấy phép xây dựng",
                     "NgayTiepNhan":"%s","NgayHenTra":"%s","TrangThaiHoSo":"2"}""".formatted(pushOrg,
                    DAY.format(pushDay), client, number, i, received, due));
        }
        return "{\"service\":\"DongBoHoSoMC\",\"isUpdating\":\"False\",\"data\":[" + records + "]}";
    }

    private long storedPushedDossiers() throws Exception {
        HttpResponse<String> answer = expect200("the count of pushed dossiers", send(query(
                "SELECT count(*) AS n FROM dossier WHERE source_system = '" + PUSH_SYSTEM + "'")));
        JsonNode rows = JSON.readTree(answer.body()).path("rows");
        return Long.parseLong(rows.path(0).path(0).asText("-1")); // the rows' values are text
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).GET().build();
    }

    private HttpRequest query(String sql) {
        return HttpRequest.newBuilder(base.resolve("/api/query")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=utf-8").header("Accept", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(sql)).build();
    }

    private HttpRequest push(String idempotencyKey, String body) {
        return HttpRequest.newBuilder(base.resolve("/api/ingest/packets"))
                .header("X-API-Key", pushKey).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The app as {@code ./tthc run} starts it, with a heap limit and this test's settings as system properties. */
    private Process startApp(Path appData, int port) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")
                        || a.startsWith("-Duser.timezone"))
                .forEach(command::add);
        Map<String, String> properties = Map.of(
                "tthc.security.jwt.jwk-set-uri", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks",
                "tthc.ingestion.push.sources." + PUSH_SYSTEM + ".key-sha256", PushKeys.sha256Hex(pushKey),
                "tthc.security.rate-limits.query-capacity", "1000000",
                "tthc.security.rate-limits.push-capacity", "1000000",
                "tthc.ingestion.portal-pull.cron", "-",
                "tthc.portal.demo-seed", "false",
                "tthc.warehouse.spark-master", spark.master(),
                "tthc.warehouse.shuffle-partitions", Integer.toString(spark.shufflePartitions()));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // the app jar, as ./tthc runs it
        } else {
            command.addAll(List.of("-cp", classPath, "org.tthc.api.TthcMain"));
        }
        command.addAll(List.of("run", "--port", Integer.toString(port), "--data", appData.toString(), "--no-sample"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Path log = folder.resolve("app.log");
        appOutput = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
                 PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line; (line = out.readLine()) != null; ) {
                    file.println(line);
                    if (line.startsWith("tthc-platform is ready at ")) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the app ended before it was ready; its log: "
                    + log));
        }, "load-app-output");
        appOutput.setDaemon(true);
        appOutput.start();
        try {
            ready.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the app did not start: " + e.getMessage() + " (log: " + log + ")", e);
        }
        return process;
    }

    /** The tier's data without the benchmarks' own caches: the app writes to it (the pushes). */
    private static void copyData(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(path);
                if (relative.getNameCount() > 0 && List.of("chdb", "spark-warehouse")
                        .contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The process's resident memory from {@code /proc} (Linux), 0 where there is none. */
    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static double[] sortedSeconds(ConcurrentLinkedQueue<Long> nanos) {
        return nanos.stream().mapToDouble(LoadBenchmark::seconds).sorted().toArray();
    }

    private static String describe(String kind, double[] sorted, double windowSeconds) {
        if (sorted.length == 0) {
            return kind + ": none answered";
        }
        return String.format(Locale.ROOT, "%s: %,d in %.0f s (%,.1f/s), p50 %.0f ms, p95 %.0f ms, p99 %.0f ms", kind,
                sorted.length, windowSeconds, sorted.length / windowSeconds,
                Measurement.percentile(sorted, 0.50) * 1e3, Measurement.percentile(sorted, 0.95) * 1e3,
                Measurement.percentile(sorted, 0.99) * 1e3);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
