package org.tthc.portal.document;

import java.nio.file.Path;

/**
 * A document row and where its content lies.
 *
 * @param newContent false when the same bytes were already stored (deduplicated by SHA-256)
 */
public record StoredDocument(long id, long dossierId, String name, DocumentType type, long sizeBytes, String sha256,
                             Path contentPath, boolean newContent) {
}
