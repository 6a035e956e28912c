package org.tthc.ingestion.push;

import java.util.List;

/**
 * What the warehouse did with one pushed packet.
 *
 * @param runId    the run of the ledger ({@code meta/ingest_run}, source {@code push}) that wrote it
 * @param accepted records written to the silver tables (or recognised as already there)
 * @param rejected records sent to quarantine, each with its problem in {@code problems}
 */
public record PushResult(String runId, long accepted, long rejected, List<PushedRecordProblem> problems) {
    public PushResult {
        problems = List.copyOf(problems);
    }
}
