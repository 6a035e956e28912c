package org.tthc.domain.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces an applicant's identifying values (ID number, phone, email) by HMAC-SHA-256 keyed hashes, so that
 * analysts can count distinct applicants but never read, or recompute by brute force, the values: without the key
 * a hash of a 12-digit ID number cannot be reversed by hashing every candidate. Values are normalised first so
 * that one applicant written two ways gets one hash: ID numbers without spaces, dots and dashes, upper case;
 * phones as digits with {@code +84}/{@code 84} written as the national {@code 0}; emails trimmed and lower case.
 * Each kind is hashed with its own prefix, so an ID number and a phone with the same digits differ.
 * Thread-safe.
 */
public final class ApplicantHasher {
    private static final String ALGORITHM = "HmacSHA256";
    /** Fewer key bytes than the hash's width would weaken it. */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public ApplicantHasher(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the personal-data key must have at least " + MIN_KEY_BYTES
                    + " bytes, has " + (key == null ? 0 : key.length));
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public String idNumber(String value) {
        String normal = value == null ? "" : value.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        return hash("id", normal);
    }

    public String phone(String value) {
        String digits = value == null ? "" : value.replaceAll("\\D", "");
        if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return hash("phone", digits);
    }

    public String email(String value) {
        return hash("email", value == null ? "" : value.trim().toLowerCase(Locale.ROOT));
    }

    /** Null for a value that is absent or blank after normalisation. */
    private String hash(String kind, String normal) {
        if (normal.isBlank()) {
            return null;
        }
        Mac mac = macs.get();
        mac.update(kind.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
