package org.tthc.api.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.tthc.api.statistics.UnknownOrganisationException;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.CountedField;
import org.tthc.warehouse.Warehouse;
import org.tthc.warehouse.statistics.Explain;
import org.tthc.warehouse.statistics.ExplainedDossier;

/**
 * {@code GET /workspace/dossiers?period=…&org=CODE&field=SolvedLate[&view=as-reported|restated]}: the dossiers behind
 * one number of the dashboard, listed by {@link Explain} (the rows the statistics count, so as many as the number).
 */
@Controller
class DossiersController {
    private final Explain explain;
    private final Warehouse warehouse;
    private final Clock clock;

    DossiersController(Explain explain, Warehouse warehouse, Clock clock) {
        this.explain = explain;
        this.warehouse = warehouse;
        this.clock = clock;
    }

    @GetMapping("/workspace/dossiers")
    String dossiers(@RequestParam String period, @RequestParam String org, @RequestParam String field,
                    @RequestParam(defaultValue = "as-reported") String view,
                    @ModelAttribute("workspaceUser") WorkspaceUser user, Model model) {
        Period parsed = Period.parse(period);
        CountedField counted = CountedField.parse(field);
        OrganisationView organisationView = OrganisationView.parse(view);
        LocalDate today = TthcTime.today(clock);
        LocalDate day = organisationView.attributionDay(parsed.asOfDate(today), today);
        OrganisationCatalogue catalogue = warehouse.catalogue();
        if (!catalogue.contains(org)) {
            throw new UnknownOrganisationException(org);
        }
        user.scope().check(catalogue, org, day);
        List<ExplainedDossier> dossiers = explain.dossiers(parsed, org, counted, today, organisationView);
        model.addAttribute("dossiers", dossiers);
        model.addAttribute("field", counted.wireName());
        model.addAttribute("period", parsed.toString());
        model.addAttribute("view", organisationView.externalName());
        model.addAttribute("org", org);
        model.addAttribute("orgName", catalogue.nameOn(org, day));
        return "workspace/dossiers";
    }
}
