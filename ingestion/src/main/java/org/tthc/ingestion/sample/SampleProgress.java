package org.tthc.ingestion.sample;

import java.time.Duration;

/** A generation run part-way: dossiers written out of those planned, and progress events written. */
public record SampleProgress(long dossiersWritten, long dossiersPlanned, long eventsWritten, Duration elapsed) {
    public double percentDone() {
        return dossiersPlanned == 0 ? 100.0 : dossiersWritten * 100.0 / dossiersPlanned;
    }

    @Override
    public String toString() {
        return String.format("%,d / %,d dossiers (%.0f%%), %,d events, %ds",
                dossiersWritten, dossiersPlanned, percentDone(), eventsWritten, elapsed.toSeconds());
    }
}
