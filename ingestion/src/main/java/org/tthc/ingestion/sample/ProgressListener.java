package org.tthc.ingestion.sample;

/** Told how a generation run advances (about every two seconds) and how it ended; the CLI prints both. */
public interface ProgressListener {
    ProgressListener SILENT = progress -> {
    };

    void progress(SampleProgress progress);

    default void finished(SampleSummary summary) {
    }
}
