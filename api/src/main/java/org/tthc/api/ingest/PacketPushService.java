package org.tthc.api.ingest;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.tthc.api.ingest.PushAnswers.Stored;
import org.tthc.domain.packet.dvcqg.DvcqgFileException;
import org.tthc.domain.packet.lgsp.LgspFileException;
import org.tthc.ingestion.push.PacketPush;
import org.tthc.ingestion.push.PushResult;

/**
 * A push as the endpoint sees it: the stored answer for a repeated idempotency key, else one ingestion of the packet
 * (under the {@link IngestionLock}), answered as JSON and, with a key, stored as the answer to every retry.
 */
public final class PacketPushService {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PacketPush push;
    private final PushAnswers answers;
    private final IngestionLock lock;
    private final Clock clock;

    public PacketPushService(PacketPush push, PushAnswers answers, IngestionLock lock, Clock clock) {
        this.push = push;
        this.answers = answers;
        this.lock = lock;
        this.clock = clock;
    }

    /** The HTTP status and JSON body to answer with. */
    public record Answer(int httpStatus, String body) {
    }

    /** @param idempotencyKey the client's {@code Idempotency-Key}, or null */
    public Answer push(String sourceSystem, String idempotencyKey, byte[] body) {
        String bodySha256 = HexFormat.of().formatHex(PushKeys.sha256Bytes(body));
        return lock.exclusively(() -> {
            if (idempotencyKey != null) {
                var stored = answers.find(sourceSystem, idempotencyKey);
                if (stored.isPresent()) {
                    return stored.get().bodySha256().equals(bodySha256)
                            ? new Answer(stored.get().httpStatus(), stored.get().response())
                            : new Answer(409, problem(409, "Idempotency key reused",
                                    "the Idempotency-Key " + idempotencyKey + " was used for another body; use a new"
                                            + " key for a new packet, the same body to retry"));
                }
            }
            String pushId = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString();
            Answer answer;
            String runId = null;
            try {
                PushResult result = push.ingest(sourceSystem, pushId, body);
                runId = result.runId();
                answer = new Answer(200, json(result));
            } catch (DvcqgFileException | LgspFileException | UncheckedIOException e) {
                answer = new Answer(400, problem(400, "Not a packet", "the body is no DongBoHoSoMC,"
                        + " CapNhatTienDoHoSoMC, MSyncDocument or MDocumentTraces packet: " + e.getMessage()));
            }
            if (idempotencyKey != null) {
                answers.save(sourceSystem, idempotencyKey, new Stored(bodySha256, answer.httpStatus(), answer.body()),
                        runId, clock.instant());
            }
            return answer;
        });
    }

    private static String json(PushResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", result.runId());
        body.put("accepted", result.accepted());
        body.put("rejected", result.rejected());
        body.put("records", result.problems());
        return write(body);
    }

    /** An RFC 9457 problem, as Spring's {@code ProblemDetail} writes it. */
    static String problem(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return write(body);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the push answer", e);
        }
    }
}
