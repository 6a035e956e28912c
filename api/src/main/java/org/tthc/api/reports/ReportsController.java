package org.tthc.api.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.audit.AuditEntry.Outcome;
import org.tthc.api.audit.AuditLog;
import org.tthc.api.security.Problems;
import org.tthc.domain.period.Period;
import org.tthc.reports.NothingToReportException;
import org.tthc.reports.ReportContext;
import org.tthc.reports.ReportKind;
import org.tthc.reports.ReportPack;
import org.tthc.reports.output.ReportFiles;
import org.tthc.reports.render.ReportFormat;

/**
 * {@code /api/reports}: one report on demand ({@code GET /api/reports/{kind}?period=…&org=…&format=pdf|xlsx|csv}),
 * the run ledger ({@code GET /api/reports/runs}) and the restart of a failed run
 * ({@code POST /api/reports/runs/{id}/restart}, audited). Errors are problem details, whatever was asked for.
 */
@RestController
@RequestMapping("/api/reports")
public class ReportsController {
    private final ReportPack pack;
    private final ReportDelivery delivery;
    private final ReportRuns runs;
    private final AuditLog audit;
    private final Clock clock;

    public ReportsController(ReportPack pack, ReportDelivery delivery, ReportRuns runs, AuditLog audit, Clock clock) {
        this.pack = pack;
        this.delivery = delivery;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(path = "/runs", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ReportRun> runs(@RequestParam(defaultValue = "50") int limit) {
        return runs.latest(Math.max(1, Math.min(limit, 500)));
    }

    @PostMapping(path = "/runs/{id}/restart", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> restart(@PathVariable long id, Authentication user) {
        String target = "report-run/" + id;
        Optional<ReportRun> existing = runs.find(id);
        if (existing.isEmpty()) {
            audit.record(user.getName(), "report.restart", target, Outcome.NOT_FOUND, "no such run");
            return error(HttpStatus.NOT_FOUND, "No such run", "no report run " + id);
        }
        Optional<ReportRun> restarted = delivery.restart(id);
        if (restarted.isEmpty()) {
            audit.record(user.getName(), "report.restart", target, Outcome.REFUSED,
                    "it is " + existing.get().status());
            return error(HttpStatus.CONFLICT, "Not restarted", "report run " + id + " is " + existing.get().status()
                    + "; only a FAILED run can be restarted");
        }
        audit.record(user.getName(), "report.restart", target, Outcome.DONE, "now " + restarted.get().status());
        return ResponseEntity.ok(restarted.get());
    }

    /** Renders one report of one organisation (the only level-1 one when {@code org} is left out) on demand. */
    @GetMapping("/{kind}")
    public ResponseEntity<?> report(@PathVariable String kind, @RequestParam String period,
                                    @RequestParam Optional<String> org,
                                    @RequestParam(defaultValue = "pdf") String format) throws IOException {
        ReportKind report = ReportKind.parse(kind);
        ReportFormat reportFormat = ReportFormat.parseList(format).get(0);
        Period parsed = Period.parse(period);
        List<ReportContext> contexts = pack.contexts(parsed, org, LocalDate.now(clock));
        if (contexts.size() > 1) {
            return error(HttpStatus.BAD_REQUEST, "Invalid request", "several organisations report for " + parsed + " ("
                    + contexts.stream().map(ReportContext::orgCode).toList() + "): name one with org=");
        }
        Path folder = Files.createTempDirectory("tthc-report");
        try {
            Path file = pack.render(contexts, List.of(report), List.of(reportFormat), new ReportFiles(folder)).get(0)
                    .file();
            byte[] body = Files.readAllBytes(file);
            return ResponseEntity.ok()
                    .contentType(mediaType(reportFormat))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file.getFileName().toString()).build().toString())
                    .body(body);
        } finally {
            deleteRecursively(folder);
        }
    }

    @ExceptionHandler(NothingToReportException.class)
    ResponseEntity<ProblemDetail> nothingToReport(NothingToReportException e) {
        return error(HttpStatus.NOT_FOUND, "Nothing to report", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    private static MediaType mediaType(ReportFormat format) {
        return switch (format) {
            case PDF -> MediaType.APPLICATION_PDF;
            case XLSX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case CSV -> MediaType.parseMediaType("text/csv;charset=UTF-8");
        };
    }

    private static ResponseEntity<ProblemDetail> error(HttpStatus status, String title, String detail) {
        // problem+json whatever the Accept header (a report is asked for as PDF): the API's one error shape
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, title, detail));
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
