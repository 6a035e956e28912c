package org.tthc.api.workspace;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tthc.api.query.Csv;
import org.tthc.warehouse.query.AnalystQueryService;
import org.tthc.warehouse.query.QueryFailedException;
import org.tthc.warehouse.query.QueryRefusedException;
import org.tthc.warehouse.query.QueryResult;

/**
 * {@code /workspace/sql}: the SQL console. The analyst views with their descriptions, an editor, the result as a
 * table or as a CSV download, the engine, and the user's query history. Queries go through the analyst query
 * service, its guards and limits, as {@code POST /api/query} does. The console reads every row, so a user scoped to
 * an organisation is refused it (403 with the reason).
 */
@Controller
class SqlConsoleController {
    private static final int HISTORY = 20;

    private final AnalystQueryService queries;
    private final QueryHistory history;

    SqlConsoleController(AnalystQueryService queries, QueryHistory history) {
        this.queries = queries;
        this.history = history;
    }

    @GetMapping("/workspace/sql")
    ModelAndView console(@RequestParam(required = false) Long again,
                         @ModelAttribute("workspaceUser") WorkspaceUser user, Model model) {
        if (user.scoped()) {
            return refusal(user);
        }
        String sql = again == null ? "SELECT * FROM dossier LIMIT 10"
                : history.find(user.username(), again).map(QueryHistory.Entry::sql).orElse("");
        return page(user, sql, model);
    }

    @PostMapping(path = "/workspace/sql", params = "!csv")
    ModelAndView run(@RequestParam String sql, @ModelAttribute("workspaceUser") WorkspaceUser user, Model model) {
        if (user.scoped()) {
            return refusal(user);
        }
        try {
            model.addAttribute("result", run(user, sql));
        } catch (QueryRefusedException | QueryFailedException e) {
            model.addAttribute("queryError", e.getMessage());
        }
        return page(user, sql, model);
    }

    @PostMapping(path = "/workspace/sql", params = "csv")
    Object csv(@RequestParam String sql, @ModelAttribute("workspaceUser") WorkspaceUser user, Model model) {
        if (user.scoped()) {
            return refusal(user);
        }
        QueryResult result;
        try {
            result = run(user, sql);
        } catch (QueryRefusedException | QueryFailedException e) {
            model.addAttribute("queryError", e.getMessage());
            return page(user, sql, model);
        }
        return ResponseEntity.ok()
                .contentType(Csv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("query.csv")
                        .build().toString())
                .body(Csv.of(result));
    }

    /** Runs the query and records it in the user's history, refused and failed ones too. */
    private QueryResult run(WorkspaceUser user, String sql) {
        long started = System.nanoTime();
        try {
            QueryResult result = queries.run(sql);
            history.record(user.username(), sql, result.engine(), result.rows().size(), result.elapsedMillis(), null);
            return result;
        } catch (QueryRefusedException | QueryFailedException e) {
            history.record(user.username(), sql, queries.engine(), null, (System.nanoTime() - started) / 1_000_000,
                    e.getMessage());
            throw e;
        }
    }

    private ModelAndView page(WorkspaceUser user, String sql, Model model) {
        ModelAndView page = new ModelAndView("workspace/sql", model.asMap());
        page.addObject("sql", sql);
        page.addObject("views", queries.views());
        page.addObject("engine", queries.engine());
        page.addObject("history", history.latest(user.username(), HISTORY));
        return page;
    }

    /** 403 with the reason, in the page's language ({@code workspace.sql.scoped}). */
    private static ModelAndView refusal(WorkspaceUser user) {
        ModelAndView page = WorkspaceErrors.page(HttpStatus.FORBIDDEN, null);
        page.addObject("detailKey", "workspace.sql.scoped");
        page.addObject("detailArgument", user.scopeOrgCode());
        return page;
    }
}
