package org.tthc.domain.statistics;

/** What a dossier status means for statistics (statistics-rules §2). */
public enum StatusBucket {
    NOT_RECEIVED,
    PROCESSING,
    SOLVED
}
