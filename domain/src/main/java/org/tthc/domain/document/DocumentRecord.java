package org.tthc.domain.document;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

import org.tthc.domain.TthcTime;

/**
 * Metadata of one document handed in with a dossier (a component, thành phần hồ sơ): never its content, which
 * stays in the source. Identity is (sourceSystem, documentId).
 *
 * @param documentId    the source's identity of the document
 * @param componentCode MaThanhPhanHoSo, the procedure's component the document is, when the source says
 * @param sizeBytes     the file's size
 * @param sha256        SHA-256 of the content, lower-case hex: equal documents are recognisable without the content
 * @param digitised     DuocSoHoa: the component is held as an electronic copy (reference.md §2.2, 766 indicator 4.x)
 * @param uploadedAt    when the source received it, in whole seconds
 */
public record DocumentRecord(
        String sourceSystem,
        String dossierCode,
        String documentId,
        String componentCode,
        long sizeBytes,
        String sha256,
        boolean digitised,
        LocalDateTime uploadedAt,
        LocalDateTime sourceUpdatedAt) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DocumentRecord {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sha256, "sha256");
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was " + sha256);
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative, was " + sizeBytes);
        }
        uploadedAt = TthcTime.toSecond(uploadedAt);
    }

    public static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }
}
