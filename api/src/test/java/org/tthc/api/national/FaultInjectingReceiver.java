package org.tthc.api.national;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tthc.domain.packet.PacketFormatException;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.packet.PacketXmlSchemas;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.packet.VotesPacketCodec;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the national portal on 127.0.0.1, real HTTP (the JDK's server): issues client-credentials tokens,
 * checks the bearer, validates every packet (MStatistic and MVotes XML against MStatistic.xsd and MVotes.xsd, the
 * 2018 LGSP MSyncDocument and MDocumentTraces XML against theirs ({@link PacketXmlSchemas}), JSON packets against the
 * JSON Schemas beside them: {@link PacketJsonSchemas}), keeps each packet
 * once by its Idempotency-Key and answers a packet it already has with a duplicate acknowledgement. Faults are
 * injected in a fixed cycle over the packet requests, so every kind occurs.
 */
public final class FaultInjectingReceiver implements AutoCloseable {
    public static final String CLIENT_ID = "tthc-test";
    public static final String CLIENT_SECRET = "s3cret";
    /** The packets about an organisation and period, not a dossier. */
    private static final Set<String> SNAPSHOT_TYPES = Set.of("MStatistic", "MVotes");
    /** The 2018 LGSP dossier packets: one record, the document itself, its dossier in {@code DocCode}. */
    private static final Set<String> LGSP_DOSSIER_TYPES = Set.of("MSyncDocument", "MDocumentTraces");

    static {
        // Without TCP_NODELAY the JDK server's small header and body writes meet the client's delayed ACK: ~40 ms per
        // answer on loopback, which would measure the kernel, not the outbox. Read once, when the server first loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public enum Fault {
        NONE,
        /** HTTP 500, nothing kept. */
        SERVER_ERROR,
        /** Keeps the packet, then answers after the client's read timeout. */
        SLOW_PAST_TIMEOUT,
        /** Answers correctly after a short delay, within the timeout. */
        SLOW_WITHIN_TIMEOUT,
        /** Drops the connection before reading the packet. */
        DROP_BEFORE,
        /** Keeps the packet, then drops the connection: the client retries and gets a duplicate acknowledgement. */
        DROP_AFTER,
        /** Revokes every token: the request gets 401 and the client must fetch a new token. */
        EXPIRE_TOKEN
    }

    /** A packet the receiver kept, in the order it kept them, with the media type it came as. */
    public record Accepted(String idempotencyKey, String packetType, String dossier, String mediaType,
                           String payload) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final JsonMapper json = JsonMapper.builder().build();
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();
    private final VotesPacketCodec votesCodec = new VotesPacketCodec();
    private final PacketJsonSchemas schemas = new PacketJsonSchemas();
    private final PacketXmlSchemas xmlSchemas = new PacketXmlSchemas();
    private final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);
    private final List<Accepted> accepted = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final Set<String> tokens = new HashSet<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger packetRequests = new AtomicInteger();
    private final AtomicInteger unauthorised = new AtomicInteger();
    private final long slowMillis;
    private volatile List<Fault> cycle = List.of(Fault.NONE);
    private volatile boolean alwaysFail;
    private volatile int hangOnRequest = -1;
    private final CountDownLatch hanging = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** @param slowMillis how long a slow-past-timeout answer takes: more than the client's read timeout */
    public FaultInjectingReceiver(long slowMillis) throws IOException {
        this.slowMillis = slowMillis;
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicInteger());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(executor);
        server.createContext("/token", this::token);
        server.createContext("/Statistic/UpdateStatistic", exchange -> packet(exchange, "MStatistic"));
        server.createContext("/Vote/UpdateVote", exchange -> packet(exchange, "MVotes"));
        server.createContext("/DongBoHoSoMC", exchange -> packet(exchange, "DongBoHoSoMC"));
        server.createContext("/CapNhatTienDoHoSoMC", exchange -> packet(exchange, "CapNhatTienDoHoSoMC"));
        server.createContext("/Document/SyncDocument", exchange -> packet(exchange, "MSyncDocument"));
        server.createContext("/Document/UpdateDocumentTraces", exchange -> packet(exchange, "MDocumentTraces"));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Packet request n (from 0) gets fault {@code cycle[n % cycle.length]}. */
    public void injectInCycle(Fault... faults) {
        cycle = List.copyOf(Arrays.asList(faults));
    }

    void failEveryRequest(boolean fail) {
        alwaysFail = fail;
    }

    /** Packet request n (from 0) is kept and then never answered until {@link #release()}. */
    public void hangOnRequest(int n) {
        hangOnRequest = n;
    }

    public boolean awaitHanging(long seconds) throws InterruptedException {
        return hanging.await(seconds, TimeUnit.SECONDS);
    }

    public synchronized List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    public int injected(Fault fault) {
        return injected.get(fault).get();
    }

    public int duplicates() {
        return duplicates.get();
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    int unauthorised() {
        return unauthorised.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(read(exchange));
        if (!"client_credentials".equals(form.get("grant_type")) || !CLIENT_ID.equals(form.get("client_id"))
                || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            respond(exchange, 400, "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = "token-" + tokensIssued.incrementAndGet();
        synchronized (this) {
            tokens.add(token);
        }
        respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":3600,"
                + "\"scope\":\"lgsp\"}");
    }

    private void packet(HttpExchange exchange, String packetType) throws IOException {
        int n = packetRequests.getAndIncrement();
        Fault fault = alwaysFail ? Fault.SERVER_ERROR : cycle.get(n % cycle.size());
        injected.get(fault).incrementAndGet();
        if (fault == Fault.DROP_BEFORE) {
            throw new IOException("fault: connection dropped before reading"); // the JDK server closes the connection
        }
        String body = read(exchange);
        if (fault == Fault.EXPIRE_TOKEN) {
            synchronized (this) {
                tokens.clear();
            }
        }
        if (!authorised(exchange)) {
            unauthorised.incrementAndGet();
            respond(exchange, 401, "{\"Status\":0,\"Message\":\"token expired\"}");
            return;
        }
        if (fault == Fault.SERVER_ERROR) {
            respond(exchange, 500, "{\"Status\":0,\"Message\":\"fault: internal error\"}");
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String problem = validate(packetType, contentType, body);
        if (problem != null) {
            respond(exchange, 400, "{\"Status\":0,\"Message\":" + json.writeValueAsString(problem) + "}");
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        boolean duplicate = keep(key, packetType, mediaType(contentType), body);
        if (n == hangOnRequest) {
            hanging.countDown();
            awaitRelease();
            throw new IOException("fault: released after the client went away");
        }
        switch (fault) {
            case SLOW_PAST_TIMEOUT -> sleep(slowMillis);
            case SLOW_WITHIN_TIMEOUT -> sleep(20);
            case DROP_AFTER -> throw new IOException("fault: connection dropped after keeping the packet");
            default -> { }
        }
        respond(exchange, 200, duplicate
                ? "{\"Status\":1,\"Message\":\"duplicate: already received\"}"
                : "{\"Status\":1,\"Message\":\"received\"}");
    }

    /** Keeps the packet unless its key is known; true when it was a duplicate. */
    private synchronized boolean keep(String key, String packetType, String mediaType, String body)
            throws IOException {
        if (!keys.add(key)) {
            duplicates.incrementAndGet();
            return true;
        }
        accepted.add(new Accepted(key, packetType, dossierOf(packetType, mediaType, body), mediaType, body));
        return false;
    }

    /** The dossier a packet is about: DVCQG's {@code data[0].MaHoSo}, LGSP's {@code DocCode}; null for a snapshot. */
    private String dossierOf(String packetType, String mediaType, String body) throws IOException {
        if (SNAPSHOT_TYPES.contains(packetType)) {
            return null;
        }
        if (!LGSP_DOSSIER_TYPES.contains(packetType)) {
            return json.readTree(body).path("data").path(0).path("MaHoSo").asText();
        }
        return mediaType.equals("application/xml") ? xmlDocCode(body) : json.readTree(body).path("DocCode").asText();
    }

    /** The text of the XML packet's {@code DocCode} element (already valid against its XSD). */
    private static String xmlDocCode(String body) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(body));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("DocCode")) {
                    return reader.getElementText();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new IOException("cannot read the DocCode of an XML packet: " + e.getMessage(), e);
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim();
    }

    private String validate(String packetType, String contentType, String body) {
        try {
            boolean xml = mediaType(contentType).equals("application/xml");
            if (SNAPSHOT_TYPES.contains(packetType) && xml) {
                if (packetType.equals("MStatistic")) {
                    codec.validateXml(body);
                } else {
                    votesCodec.validateXml(body);
                }
                return null;
            }
            if (xml) {
                if (!xmlSchemas.covers(packetType)) {
                    return "no XSD for packet type " + packetType;
                }
                List<String> problems = xmlSchemas.problems(packetType, body);
                return problems.isEmpty() ? null : "invalid " + packetType + ": " + String.join("; ", problems);
            }
            if (!schemas.covers(packetType)) {
                return "no schema for packet type " + packetType;
            }
            List<String> problems = schemas.problems(packetType, body);
            if (!problems.isEmpty()) {
                return "invalid " + packetType + ": " + String.join("; ", problems);
            }
            if (packetType.equals("MStatistic") && !json.readTree(body).isObject()) {
                return "one MStatistic object per request";
            }
            return null;
        } catch (PacketFormatException | IOException e) {
            return "invalid " + packetType + ": " + e.getMessage();
        }
    }

    private synchronized boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") && tokens.contains(header.substring(7));
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void release() {
        release.countDown();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
