package org.tthc.api.workspace;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /workspace[?org=CODE][&to=YYYY-MM]}: the dashboard of an organisation over the twelve months ending with
 * {@code to} (default: the latest month with a received dossier). A scoped user starts at their organisation and gets
 * a 403 page for one outside it.
 */
@Controller
class DashboardController {
    private final Dashboards dashboards;
    private final ObjectMapper json;

    DashboardController(Dashboards dashboards, ObjectMapper json) {
        this.dashboards = dashboards;
        this.json = json;
    }

    @GetMapping("/workspace")
    String dashboard(@RequestParam Optional<String> org, @RequestParam Optional<String> to,
                     @ModelAttribute("workspaceUser") WorkspaceUser user, Model model) throws JsonProcessingException {
        YearMonth last = to.filter(t -> !t.isBlank()).map(DashboardController::month)
                .orElseGet(dashboards::latestMonth);
        Dashboard dashboard = dashboards.dashboard(org.filter(o -> !o.isBlank()), last, user.scope());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("to", last.toString());
        model.addAttribute("chart", json.writeValueAsString(dashboard.chart()));
        return "workspace/dashboard";
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid month '" + text + "': expected YYYY-MM, e.g. 2025-12", e);
        }
    }
}
