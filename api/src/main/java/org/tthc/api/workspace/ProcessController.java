package org.tthc.api.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.tthc.api.security.DataScope;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.warehouse.Warehouse;
import org.tthc.warehouse.process.StepTimes;

/**
 * {@code GET /workspace/process[?from=YYYY-MM][&to=YYYY-MM][&procedure=CODE]}: process monitoring ({@link StepTimes})
 * of the steps that ended in those months (default: the dashboard's twelve months), of one procedure or all, limited
 * to the organisations of the user's scope.
 */
@Controller
class ProcessController {
    private final StepTimes stepTimes;
    private final Dashboards dashboards;
    private final Warehouse warehouse;
    private final Clock clock;

    ProcessController(StepTimes stepTimes, Dashboards dashboards, Warehouse warehouse, Clock clock) {
        this.stepTimes = stepTimes;
        this.dashboards = dashboards;
        this.warehouse = warehouse;
        this.clock = clock;
    }

    @GetMapping("/workspace/process")
    String process(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
                   @RequestParam Optional<String> procedure, @ModelAttribute("workspaceUser") WorkspaceUser user,
                   Model model) {
        YearMonth last = to.filter(t -> !t.isBlank()).map(DashboardController::month)
                .orElseGet(dashboards::latestMonth);
        YearMonth first = from.filter(t -> !t.isBlank()).map(DashboardController::month)
                .orElse(last.minusMonths(11));
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("the first month " + first + " is after the last " + last);
        }
        Optional<String> chosen = procedure.filter(p -> !p.isBlank());
        DataScope scope = user.scope();
        OrganisationCatalogue catalogue = warehouse.catalogue();
        LocalDate today = TthcTime.today(clock);
        model.addAttribute("report", stepTimes.report(first.atDay(1), last.atEndOfMonth(), chosen,
                code -> scope.permits(catalogue, code, today)));
        model.addAttribute("procedures", stepTimes.procedures());
        model.addAttribute("from", first.toString());
        model.addAttribute("to", last.toString());
        model.addAttribute("procedure", chosen.orElse(""));
        model.addAttribute("names", new OrganisationNames(catalogue, today));
        return "workspace/process";
    }

    /** Organisation names for the page, in today's catalogue. */
    record OrganisationNames(OrganisationCatalogue catalogue, LocalDate day) {
        public String of(String code) {
            return code == null ? "" : catalogue.nameOn(code, day);
        }
    }
}
