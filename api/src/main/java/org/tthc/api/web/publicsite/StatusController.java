package org.tthc.api.web.publicsite;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tthc.portal.view.PortalQueries;

/** The anonymous status lookup by dossier code (tra cứu hồ sơ): each stage, no personal data. */
@Controller
public class StatusController {
    private final PortalQueries queries;

    public StatusController(PortalQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/status")
    public String status(@RequestParam(name = "code", required = false) String code, Model model) {
        String trimmed = code == null ? "" : code.strip();
        model.addAttribute("code", trimmed);
        model.addAttribute("searched", !trimmed.isEmpty());
        // the form sent without a code (the field's "required" is only a hint to the browser): ask for one
        model.addAttribute("codeMissing", code != null && trimmed.isEmpty());
        if (!trimmed.isEmpty()) {
            queries.dossier(trimmed).map(PublicDossierStatus::of)
                    .ifPresent(status -> model.addAttribute("dossier", status));
        }
        return "status";
    }
}
