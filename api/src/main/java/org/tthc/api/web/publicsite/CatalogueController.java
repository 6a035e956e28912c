package org.tthc.api.web.publicsite;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tthc.portal.view.PortalQueries;

/** The home page: the procedure catalogue, searchable by name, code or sector. */
@Controller
public class CatalogueController {
    private final PortalQueries queries;

    public CatalogueController(PortalQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    public String catalogue(@RequestParam(name = "q", required = false) String search, Model model) {
        model.addAttribute("q", search == null ? "" : search);
        model.addAttribute("procedures", queries.procedures(search));
        return "catalogue";
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }
}
