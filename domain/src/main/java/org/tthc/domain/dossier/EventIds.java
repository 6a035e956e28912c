package org.tthc.domain.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * Event identity for sources that give none (CapNhatTienDoHoSoMC has no id): a SHA-256 over the fields that
 * make a step, so the same step sent twice gets the same id and is stored once.
 */
public final class EventIds {
    private EventIds() {
    }

    public static String of(String sourceSystem, String dossierCode, LocalDateTime occurredAt, StatusCode status,
                            String handler, String department, String content) {
        String joined = String.join("\u001f", sourceSystem, dossierCode, String.valueOf(occurredAt),
                String.valueOf(status.code()), nullToEmpty(handler), nullToEmpty(department), nullToEmpty(content));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
