package org.tthc.portal.document;

import static org.tthc.portal.db.Tables.DOCUMENTS;
import static org.tthc.portal.db.Tables.DOSSIERS;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;

import org.tthc.domain.TthcTime;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.document.DocumentRejectedException.Reason;

/**
 * Stores uploaded documents by content: the bytes go to {@code <root>/<first two hex digits>/<sha256>} once, however
 * often they are uploaded; each upload is a row of {@code documents}. An upload is streamed (never held in memory),
 * refused past {@code maxBytes}, and refused unless it is a PDF, JPEG or PNG both by its declared type and by its
 * first bytes.
 */
public final class DocumentStore {
    private static final int BUFFER = 64 * 1024;

    private final PortalDatabase database;
    private final Path root;
    private final long maxBytes;
    private final Clock clock;

    /** @param root the content folder, {@code data/documents} in the embedded layout */
    public DocumentStore(PortalDatabase database, Path root, long maxBytes, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("document size limit must be positive: " + maxBytes);
        }
        this.database = Objects.requireNonNull(database, "database");
        this.root = root.toAbsolutePath();
        this.maxBytes = maxBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StoredDocument upload(long dossierId, String fileName, String componentCode, String declaredType,
                                 InputStream content) throws IOException {
        DocumentType type = DocumentType.ofMediaType(declaredType).orElseThrow(() -> new DocumentRejectedException(
                Reason.TYPE_NOT_ALLOWED, fileName, "'" + fileName + "' is of type " + declaredType
                + ", which is not accepted: upload a PDF, JPEG or PNG file"));
        if (!database.dsl().fetchExists(DOSSIERS, DOSSIERS.ID.eq(dossierId))) {
            throw new DocumentRejectedException(Reason.UNKNOWN_DOSSIER, fileName,
                    "'" + fileName + "' cannot be attached: there is no dossier with id " + dossierId);
        }
        Received received = receive(fileName, type, content);
        Path temporary = received.file();
        try {
            String sha256 = received.sha256();
            long size = received.sizeBytes();
            Path target = contentPath(sha256);
            boolean newContent = moveIntoPlace(temporary, target);
            LocalDateTime now = TthcTime.toSecond(LocalDateTime.now(clock.withZone(TthcTime.ZONE)));
            long id = database.dsl().insertInto(DOCUMENTS)
                    .set(DOCUMENTS.DOSSIER_ID, dossierId)
                    .set(DOCUMENTS.NAME, fileName)
                    .set(DOCUMENTS.COMPONENT_CODE, componentCode)
                    .set(DOCUMENTS.CONTENT_TYPE, type.mediaType())
                    .set(DOCUMENTS.SIZE_BYTES, size)
                    .set(DOCUMENTS.SHA256, sha256)
                    .set(DOCUMENTS.UPLOADED_AT, now)
                    .set(DOCUMENTS.UPDATED_AT, now)
                    .returningResult(DOCUMENTS.ID)
                    .fetchSingle(DOCUMENTS.ID);
            return new StoredDocument(id, dossierId, fileName, type, size, sha256, target, newContent);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where the content with this SHA-256 (lower-case hex) is stored. */
    public Path contentPath(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private record Received(Path file, String sha256, long sizeBytes) {
    }

    /**
     * Streams the upload into a temporary file under the root, hashing it and checking its size and first bytes on
     * the way.
     */
    private Received receive(String fileName, DocumentType type, InputStream content) throws IOException {
        Path incoming = Files.createDirectories(root.resolve("incoming"));
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        MessageDigest digest = sha256();
        try (OutputStream out = Files.newOutputStream(temporary)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int headLength = 0;
            byte[] head = new byte[DocumentType.SIGNATURE_LENGTH];
            for (int read; (read = content.read(buffer)) != -1; ) {
                int copy = Math.min(read, head.length - headLength);
                System.arraycopy(buffer, 0, head, headLength, copy);
                headLength += copy;
                total += read;
                if (total > maxBytes) {
                    throw new DocumentRejectedException(Reason.TOO_LARGE, fileName, "'" + fileName
                            + "' is larger than the limit of " + describe(maxBytes)
                            + ": compress it or split it into several files");
                }
                out.write(buffer, 0, read);
                digest.update(buffer, 0, read);
            }
            if (total == 0) {
                throw new DocumentRejectedException(Reason.EMPTY, fileName, "'" + fileName + "' is empty: choose the"
                        + " file again");
            }
            if (!type.matches(head, headLength)) {
                throw new DocumentRejectedException(Reason.CONTENT_DOES_NOT_MATCH_TYPE, fileName, "'" + fileName
                        + "' was sent as " + type.mediaType() + " but its content is not a " + type
                        + " file: upload a PDF, JPEG or PNG file");
            }
            return new Received(temporary, HexFormat.of().formatHex(digest.digest()), total);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static boolean moveIntoPlace(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException concurrentUpload) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
