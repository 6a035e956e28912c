package org.tthc.ingestion.personal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.tthc.domain.personal.ApplicantHasher;

/**
 * The key of the applicants' keyed hashes ({@link ApplicantHasher}). Configured as {@code tthc.ingestion.pii-key}
 * (a system property, the Spring property, or the environment variable {@code TTHC_INGESTION_PIIKEY}, Spring's name
 * for it): at least
 * 32 bytes written in Base64 ({@code openssl rand -base64 32}). Without one, the installation's own key is used:
 * {@code DATA/keys/pii-key}, generated from {@link SecureRandom} on first use and readable by its owner only.
 * The key must stay the same for the life of the warehouse: hashes made with another key never match, so distinct
 * applicants would be counted twice (docs/decisions.md).
 */
public final class PersonalDataKey {
    public static final String PROPERTY = "tthc.ingestion.pii-key";
    public static final String ENVIRONMENT = "TTHC_INGESTION_PIIKEY";
    static final String KEY_FILE = "keys/pii-key";

    private PersonalDataKey() {
    }

    /** The hasher with the key from the system property or the environment, else the installation's key file. */
    public static ApplicantHasher fromEnvironment(Path dataFolder) {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        return hasher(configured, dataFolder);
    }

    /** @param configured the configured key (Base64), or null/blank to use the key file under {@code dataFolder} */
    public static ApplicantHasher hasher(String configured, Path dataFolder) {
        if (configured != null && !configured.isBlank()) {
            return new ApplicantHasher(decode(configured.trim(), PROPERTY));
        }
        Path file = dataFolder.resolve(KEY_FILE);
        return new ApplicantHasher(decode(readOrCreate(file), file.toString()));
    }

    private static byte[] decode(String base64, String where) {
        try {
            byte[] key = Base64.getDecoder().decode(base64);
            if (key.length < ApplicantHasher.MIN_KEY_BYTES) {
                throw new IllegalArgumentException(where + " holds " + key.length + " bytes; the personal-data key"
                        + " needs at least " + ApplicantHasher.MIN_KEY_BYTES + " (make one: openssl rand -base64 32)");
            }
            return key;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw e;
            }
            throw new IllegalArgumentException(where + " is not Base64; the personal-data key is at least "
                    + ApplicantHasher.MIN_KEY_BYTES + " bytes in Base64 (make one: openssl rand -base64 32)", e);
        }
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[ApplicantHasher.MIN_KEY_BYTES];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Path temporary = Files.createTempFile(file.getParent(), "pii-key", ".tmp");
                restrictToOwner(temporary);
                Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file);
                } catch (FileAlreadyExistsException raced) {
                    Files.delete(temporary);
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the personal-data key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the data folder's own protection applies
        }
    }
}
