package org.tthc.api.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the national portal on 127.0.0.1 for the drain benchmark: issues a client-credentials token and
 * acknowledges every progress packet as the DVCQG services do ({@code {"error_code":"0",…}}), after parsing it and
 * checking that each dossier's steps arrive in time order. No faults: the benchmark measures the outbox, not
 * retries. (The tests' receiver, which validates against the schemas and injects faults, is test code.)
 */
final class LoopbackPortal implements AutoCloseable {
    private static final byte[] TOKEN = "{\"access_token\":\"bench\",\"token_type\":\"bearer\",\"expires_in\":86400}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ACKNOWLEDGED = "{\"error_code\":\"0\",\"message\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

    static {
        // Without TCP_NODELAY the JDK server's small writes meet the client's delayed ACK (~40 ms per answer).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> lastStepTime = new HashMap<>();
    private long received;
    private long outOfOrder;

    LoopbackPortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            respond(exchange, TOKEN);
        });
        server.createContext("/CapNhatTienDoHoSoMC", this::progress);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized long received() {
        return received;
    }

    synchronized long outOfOrder() {
        return outOfOrder;
    }

    synchronized void forget() {
        lastStepTime.clear();
        received = 0;
        outOfOrder = 0;
    }

    private void progress(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        JsonNode step = json.readTree(body).path("data").path(0);
        String dossier = step.path("MaHoSo").asText();
        String time = step.path("ThoiDiemXuLy").asText();
        synchronized (this) {
            received++;
            String previous = lastStepTime.put(dossier, time);
            if (previous != null && previous.compareTo(time) > 0) {
                outOfOrder++;
            }
        }
        respond(exchange, ACKNOWLEDGED);
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
