package org.tthc.portal.view;

import java.time.LocalDateTime;

/** A document attached to a dossier. */
public record DocumentSummary(String name, String componentCode, String contentType, long sizeBytes,
                              LocalDateTime uploadedAt) {
}
