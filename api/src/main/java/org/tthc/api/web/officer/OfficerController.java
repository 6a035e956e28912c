package org.tthc.api.web.officer;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tthc.api.web.PortalPages;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.api.web.security.Role;
import org.tthc.portal.view.DossierDetail;
import org.tthc.portal.view.PortalQueries;
import org.tthc.portal.workflow.Actor;
import org.tthc.portal.workflow.WorkflowAction;
import org.tthc.portal.workflow.WorkflowException;
import org.tthc.portal.workflow.WorkflowInputException;

/**
 * The officer's pages: the inbox of their organisation (all for the admin), by department; a dossier with its
 * timeline and deadlines, and a form for each action allowed now.
 */
@Controller
public class OfficerController {
    private final PortalQueries queries;
    private final PortalPages pages;
    private final OfficerActions actions;

    public OfficerController(PortalQueries queries, PortalPages pages, OfficerActions actions) {
        this.queries = queries;
        this.pages = pages;
        this.actions = actions;
    }

    @GetMapping("/officer")
    public String inbox(@RequestParam(name = "department", required = false) String department,
                        Authentication authentication, Model model) {
        PortalAccount account = pages.account(authentication);
        String org = account.role() == Role.ADMIN ? null : account.orgCode();
        model.addAttribute("account", account);
        model.addAttribute("department", department == null ? "" : department);
        model.addAttribute("departments", queries.departments(org));
        model.addAttribute("dossiers", queries.inbox(org, department));
        model.addAttribute("now", pages.now());
        return "officer/inbox";
    }

    @GetMapping("/officer/dossiers/{code}")
    public String dossier(@PathVariable String code, Authentication authentication, Model model) {
        DossierDetail dossier = pages.handledDossier(pages.account(authentication), code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("actions", OfficerActions.offered(dossier));
        model.addAttribute("fields", ActionForm.FIELDS);
        model.addAttribute("now", pages.now());
        return "officer/dossier";
    }

    @PostMapping("/officer/dossiers/{code}/actions/{action}")
    public String act(@PathVariable String code, @PathVariable WorkflowAction action,
                      @ModelAttribute ActionForm form, Authentication authentication, RedirectAttributes redirect) {
        PortalAccount account = pages.account(authentication);
        pages.handledDossier(account, code);
        try {
            actions.take(code, Actor.officer(account.username()), action, form);
            redirect.addFlashAttribute("done", "action." + action.name());
        } catch (WorkflowException | WorkflowInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/officer/dossiers/" + code;
    }
}
