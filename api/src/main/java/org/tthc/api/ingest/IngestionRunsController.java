package org.tthc.api.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.paging.Paging;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.ingestion.quarantine.Quarantine;
import org.tthc.ingestion.quarantine.QuarantinedRecord;

/**
 * The operator's read side of ingestion: {@code GET /api/ingestion/runs} (the run ledger, newest first, a page at a
 * time) and {@code GET /api/quarantine} (unresolved rejected records, newest first). A bad page is a 400 problem
 * detail (the API's {@code ApiErrors}).
 */
@RestController
public class IngestionRunsController {
    private static final int MAX_PAGE = 500;

    private final RunLedger ledger;
    private final Quarantine quarantine;

    public IngestionRunsController(RunLedger ledger, Quarantine quarantine) {
        this.ledger = ledger;
        this.quarantine = quarantine;
    }

    @GetMapping("/api/ingestion/runs")
    ResponseEntity<Map<String, Object>> runs(@RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        Paging paging = new Paging(page, size);
        List<IngestRun> all = ledger.runs();
        List<Map<String, Object>> runs = paging.of(all).stream().map(IngestionRunsController::run).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", page);
        body.put("size", size);
        body.put("total", all.size());
        body.put("runs", runs);
        return ResponseEntity.ok(body);
    }

    @GetMapping("/api/quarantine")
    List<QuarantinedRecord> quarantine(@RequestParam(required = false) String source,
                                       @RequestParam(required = false) String reason,
                                       @RequestParam(defaultValue = "false") boolean resolved,
                                       @RequestParam(defaultValue = "50") int limit) {
        return quarantine.list(new Quarantine.Filter(source, reason, resolved, Math.max(1, Math.min(limit, MAX_PAGE))));
    }

    private static Map<String, Object> run(IngestRun run) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runId", run.runId());
        row.put("source", run.source());
        row.put("sourceSystem", run.sourceSystem());
        row.put("status", run.status().value());
        row.put("startedAt", run.startedAt());
        row.put("endedAt", run.endedAt());
        row.put("read", run.counts().read());
        row.put("written", run.counts().written());
        row.put("quarantined", run.counts().quarantined());
        row.put("filesCommitted", run.filesCommitted());
        row.put("filesSkipped", run.filesSkipped());
        row.put("watermark", run.watermark());
        row.put("message", run.message());
        return row;
    }
}
