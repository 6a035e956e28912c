package org.tthc.api.query;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.warehouse.query.AnalystQueryService;
import org.tthc.warehouse.query.QueryFailedException;
import org.tthc.warehouse.query.QueryRefusedException;
import org.tthc.warehouse.query.QueryResult;

/**
 * {@code POST /api/query}: an analyst's SQL (docs/sql.md) as {@code text/plain} or JSON {@code {"sql": "…"}}; the
 * result as JSON ({@code columns}, {@code rows}, {@code truncated}, {@code engine}, {@code elapsedMillis}) or, with
 * {@code Accept: text/csv}, as CSV with a header line. A refused query is a 400 problem detail with the message,
 * the refused token and its position; a query the engine could not finish is a 400 (504 at the time limit).
 * {@code GET /api/query/views}: the analyst views with their descriptions and columns.
 */
@RestController
public class QueryController {
    private final AnalystQueryService queries;

    public QueryController(AnalystQueryService queries) {
        this.queries = queries;
    }

    /** The JSON request body. */
    public record QueryRequest(String sql) {
    }

    @PostMapping(path = "/api/query", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public QueryResult json(@RequestBody String sql) {
        return queries.run(sql);
    }

    @PostMapping(path = "/api/query", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public QueryResult json(@RequestBody QueryRequest request) {
        return queries.run(request.sql());
    }

    @PostMapping(path = "/api/query", consumes = MediaType.TEXT_PLAIN_VALUE, produces = "text/csv")
    public String csv(@RequestBody String sql) {
        return Csv.of(queries.run(sql));
    }

    @PostMapping(path = "/api/query", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "text/csv")
    public String csv(@RequestBody QueryRequest request) {
        return Csv.of(queries.run(request.sql()));
    }

    @GetMapping(path = "/api/query/views", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> views() {
        List<AnalystQueryService.ViewDescription> views = queries.views();
        return Map.of("engine", queries.engine(), "views", views);
    }

    @ExceptionHandler(QueryRefusedException.class)
    ProblemDetail refused(QueryRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Query refused");
        problem.setProperty("token", e.token());
        problem.setProperty("position", e.position());
        return problem;
    }

    @ExceptionHandler(QueryFailedException.class)
    ProblemDetail failed(QueryFailedException e) {
        HttpStatus status = e.timedOut() ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.timedOut() ? "Query stopped at the time limit" : "Query failed");
        return problem;
    }
}
