package org.tthc.api.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates a push by its API key: the key's SHA-256 is compared, in constant time, with the hash configured
 * for each source system ({@link PushProperties}). The source system of the pushed records is the one found here.
 */
public final class PushKeys {
    private final Map<String, byte[]> hashes;

    public PushKeys(PushProperties properties) {
        this.hashes = new java.util.LinkedHashMap<>();
        properties.sources().forEach((system, source) -> {
            if (source == null || source.keySha256() == null || !source.keySha256().matches("(?i)[0-9a-f]{64}")) {
                throw new IllegalArgumentException("tthc.ingestion.push.sources." + system
                        + ".key-sha256 must be the 64 hex digits of the SHA-256 of the source's API key");
            }
            hashes.put(system, HexFormat.of().parseHex(source.keySha256().toLowerCase(Locale.ROOT)));
        });
    }

    /** The source system whose key this is; empty for a missing or unknown key. */
    public Optional<String> sourceSystemOf(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        byte[] hash = sha256(apiKey.strip());
        String found = null;
        for (Map.Entry<String, byte[]> entry : hashes.entrySet()) {
            if (MessageDigest.isEqual(hash, entry.getValue())) {
                found = entry.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** What {@code tthc.ingestion.push.sources.<system>.key-sha256} holds for {@code apiKey}: its SHA-256 in hex. */
    public static String sha256Hex(String apiKey) {
        return java.util.HexFormat.of().formatHex(sha256(apiKey.strip()));
    }

    static byte[] sha256(String value) {
        return sha256Bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256Bytes(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
