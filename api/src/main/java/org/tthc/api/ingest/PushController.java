package org.tthc.api.ingest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/ingest/packets}: another one-stop system pushes a packet (the same DongBoHoSoMC /
 * CapNhatTienDoHoSoMC / MSyncDocument / MDocumentTraces as the files), authenticated by its API key in
 * {@code X-API-Key}; the answer counts accepted and rejected records and gives each rejected one's reason. See
 * docs/ingestion-operations.md.
 */
@RestController
public class PushController {
    public static final String API_KEY_HEADER = "X-API-Key";

    private final PushKeys keys;
    private final PacketPushService service;
    private final long maxBody;

    public PushController(PushKeys keys, PacketPushService service, PushProperties properties) {
        this.keys = keys;
        this.service = service;
        this.maxBody = properties.maxBody().toBytes();
    }

    @PostMapping("/api/ingest/packets")
    ResponseEntity<String> push(@RequestHeader(name = API_KEY_HEADER, required = false) String apiKey,
                                @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                HttpServletRequest request) throws IOException {
        var sourceSystem = keys.sourceSystemOf(apiKey);
        if (sourceSystem.isEmpty()) {
            return answer(401, PacketPushService.problem(401, "Unauthenticated", apiKey == null
                    ? "no API key: send the source system's key in the " + API_KEY_HEADER + " header"
                    : "the API key in " + API_KEY_HEADER + " is not one of a configured source system"));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            return answer(400, PacketPushService.problem(400, "Bad Idempotency-Key",
                    "the Idempotency-Key header must have 1 to 200 characters"));
        }
        byte[] body = readAtMost(request, maxBody);
        if (body == null) {
            return answer(413, PacketPushService.problem(413, "Packet too large", "the body exceeds the limit of "
                    + maxBody + " bytes (tthc.ingestion.push.max-body); split the packet into smaller ones"));
        }
        var answer = service.push(sourceSystem.get(), idempotencyKey, body);
        return answer(answer.httpStatus(), answer.body());
    }

    /** The body, or null when it is larger than {@code limit} bytes. */
    private static byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return body.length > limit ? null : body;
        }
    }

    private static ResponseEntity<String> answer(int status, String json) {
        MediaType type = status == 200 ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON;
        return ResponseEntity.status(status).contentType(type).body(json);
    }
}
