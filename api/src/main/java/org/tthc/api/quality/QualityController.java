package org.tthc.api.quality;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.security.DataScope;
import org.tthc.api.security.DataScopes;
import org.tthc.api.security.OutOfScopeException;
import org.tthc.api.security.Problems;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.quality.CheckResult;
import org.tthc.warehouse.quality.CheckScope;
import org.tthc.warehouse.quality.DetailRows;
import org.tthc.warehouse.quality.GateDecision;
import org.tthc.warehouse.quality.QualityCheck;
import org.tthc.warehouse.quality.QualityGate;
import org.tthc.warehouse.quality.QualityRun;
import org.tthc.warehouse.quality.QualityRuns;

/**
 * The data-quality results (docs/quality.md) for analysts and operators:
 * {@code GET /api/quality[?period=2025-10]} is the latest stored run over the period (without it, over the whole
 * warehouse: the run after the last load) with every check's severity, count and sample dossiers, and for a period
 * the gate's decision on that run (overrides included); {@code GET /api/quality/checks/{id}[?period=][&limit=50]} is
 * one check: its definition, its result in that run, and the first rows it finds now. Reading never runs the checks
 * ({@code ./tthc quality}, a load or a gate decision stores a run); a period never checked is a 404. The results
 * cover every organisation, so a user scoped to one gets a 403.
 */
@RestController
public class QualityController {
    private static final int MAX_ROWS = 500;

    private final QualityRuns runs;
    private final QualityGate gate;
    private final DataScopes scopes;

    public QualityController(QualityRuns runs, QualityGate gate, DataScopes scopes) {
        this.runs = runs;
        this.gate = gate;
        this.scopes = scopes;
    }

    /** A check's result: {@code affected} null and {@code failure} set when it could not run. */
    public record Result(String check, String name, String severity, Long affected, List<String> samples,
                         String failure, boolean finding) {
    }

    /** The gate: {@code refusing} and {@code overridden} name error checks. */
    public record Gate(boolean allowed, String summary, List<String> refusing, List<String> overridden) {
        static Gate of(GateDecision decision) {
            return new Gate(decision.allowed(), decision.summary(),
                    decision.refusing().stream().map(CheckResult::checkId).toList(),
                    decision.overridden().stream().map(CheckResult::checkId).toList());
        }
    }

    /** @param gate null for the whole warehouse: the gate decides on periods */
    public record Run(String scope, String runId, String engine, LocalDateTime computedAt, String batchId,
                      List<Result> checks, Gate gate) {
    }

    /** @param result null when the latest run did not run this check */
    public record CheckDetails(String check, String name, String severity, String explanation, String recommendation,
                               String scope, Result result, List<String> columns, List<List<String>> rows,
                               boolean truncated) {
    }

    @GetMapping("/api/quality")
    public Run latest(@RequestParam Optional<String> period, Authentication user) {
        refuseScoped(user);
        Optional<Period> parsed = period.map(Period::parse);
        QualityRun run = latestRun(parsed);
        return new Run(run.scope().label(), run.runId(), run.engine().label(), run.computedAt(), run.batchId(),
                run.results().stream().map(this::result).toList(),
                parsed.map(p -> Gate.of(gate.decide(p, run))).orElse(null));
    }

    @GetMapping("/api/quality/checks/{id}")
    public CheckDetails check(@PathVariable String id, @RequestParam Optional<String> period,
                              @RequestParam(defaultValue = "50") int limit, Authentication user) {
        refuseScoped(user);
        if (limit < 1 || limit > MAX_ROWS) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_ROWS + ", was " + limit);
        }
        QualityCheck check = checkNamed(id);
        Optional<Period> parsed = period.map(Period::parse);
        QualityRun run = latestRun(parsed);
        Result result = run.results().stream().filter(r -> r.checkId().equals(id)).findFirst().map(this::result)
                .orElse(null);
        DetailRows rows = runs.details(id, run.scope(), limit);
        return new CheckDetails(check.id(), check.name(), check.severity().label(), check.explanation(),
                check.recommendation(), run.scope().label(), result, rows.columns(), rows.rows(),
                rows.rows().size() == limit);
    }

    private QualityRun latestRun(Optional<Period> period) {
        CheckScope scope = period.map(CheckScope::of).orElse(CheckScope.wholeWarehouse());
        return runs.latest(scope).orElseThrow(() -> notFound("No quality run", scope.describe()
                + " has no stored run of the checks yet: run ./tthc quality"
                + period.map(p -> " --period " + p).orElse("") + " (a load, a report or a national push stores one"
                + " too)"));
    }

    private QualityCheck checkNamed(String id) {
        try {
            return runs.checks().get(id);
        } catch (IllegalArgumentException unknown) {
            throw notFound("Unknown check", unknown.getMessage());
        }
    }

    private Result result(CheckResult r) {
        String name = runs.checks().all().stream().filter(c -> c.id().equals(r.checkId())).map(QualityCheck::name)
                .findFirst().orElse(null);
        return new Result(r.checkId(), name, r.severity().label(), r.affected(), r.samples(), r.failure(),
                r.isFinding());
    }

    private void refuseScoped(Authentication user) {
        DataScope scope = scopes.of(user);
        scope.orgCode().ifPresent(org -> {
            throw OutOfScopeException.provinceWide("quality results", org);
        });
    }

    private static ErrorResponseException notFound(String title, String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, title, detail),
                null);
    }
}
