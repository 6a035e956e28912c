package org.tthc.api.web.citizen;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tthc.api.web.PortalPages;
import org.tthc.api.web.citizen.Uploads.Upload;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.rating.Rating;
import org.tthc.portal.rating.RatingService;
import org.tthc.portal.view.DossierDetail;
import org.tthc.portal.view.PortalQueries;
import org.tthc.portal.workflow.Actor;
import org.tthc.portal.workflow.DossierWorkflow;
import org.tthc.portal.workflow.WorkflowAction;
import org.tthc.portal.workflow.WorkflowException;
import org.tthc.portal.workflow.WorkflowInputException;

/**
 * The citizen's own dossiers: the list, one dossier with its timeline, the supplement asked for (upload and hand in),
 * the withdrawal while it is being handled, and the rating once the result is returned. Another applicant's dossier
 * answers 404.
 */
@Controller
public class MyDossiersController {
    private final PortalQueries queries;
    private final PortalPages pages;
    private final Uploads uploads;
    private final DossierWorkflow workflow;
    private final RatingService ratings;

    public MyDossiersController(PortalQueries queries, PortalPages pages, Uploads uploads, DossierWorkflow workflow,
                                RatingService ratings) {
        this.queries = queries;
        this.pages = pages;
        this.uploads = uploads;
        this.workflow = workflow;
        this.ratings = ratings;
    }

    @GetMapping("/my/dossiers")
    public String list(Authentication authentication, Model model) {
        PortalAccount account = pages.account(authentication);
        model.addAttribute("dossiers", queries.dossiersOfApplicant(account.idNumber()));
        return "my-dossiers";
    }

    @GetMapping("/my/dossiers/{code}")
    public String dossier(@PathVariable String code, Authentication authentication, Model model) {
        DossierDetail dossier = pages.ownDossier(pages.account(authentication), code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("canSupplement", dossier.status() == StatusCode.SUPPLEMENT_REQUESTED);
        model.addAttribute("canRate", dossier.status() == StatusCode.RESULT_RETURNED && !dossier.rated());
        model.addAttribute("canWithdraw", WorkflowAction.WITHDRAW.allowedFrom(dossier.status()));
        return "my-dossier";
    }

    /** The applicant withdraws the dossier (status 7) while it is still being handled. */
    @PostMapping("/my/dossiers/{code}/withdraw")
    public String withdraw(@PathVariable String code, @RequestParam(name = "reason", required = false) String reason,
                           Authentication authentication, RedirectAttributes redirect) {
        PortalAccount account = pages.account(authentication);
        pages.ownDossier(account, code);
        try {
            workflow.withdraw(code, Actor.applicant(account.idNumber()), reason == null ? null : reason.strip());
            redirect.addFlashAttribute("done", "message.withdrawn");
        } catch (WorkflowException | WorkflowInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/my/dossiers/" + code;
    }

    /** Hands in the supplement: the new file (if any) is stored, then the round is closed. */
    @PostMapping("/my/dossiers/{code}/supplement")
    public String supplement(@PathVariable String code, @RequestParam(name = "document", required = false) MultipartFile file,
                             Authentication authentication, RedirectAttributes redirect) {
        PortalAccount account = pages.account(authentication);
        DossierDetail dossier = pages.ownDossier(account, code);
        List<String> refusals = uploads.store(dossier.id(), List.of(new Upload(null, file)));
        if (!refusals.isEmpty()) {
            redirect.addFlashAttribute("refusals", refusals);
            return "redirect:/my/dossiers/" + code;
        }
        try {
            workflow.completeSupplement(code, Actor.applicant(account.idNumber()));
            redirect.addFlashAttribute("done", "message.supplementSent");
        } catch (WorkflowException | WorkflowInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/my/dossiers/" + code;
    }

    @PostMapping("/my/dossiers/{code}/rating")
    public String rate(@PathVariable String code, @RequestParam("overall") int overall,
                       @RequestParam(name = "indicator1", required = false) Integer indicator1,
                       @RequestParam(name = "indicator3", required = false) Integer indicator3,
                       @RequestParam(name = "indicator4", required = false) Integer indicator4,
                       @RequestParam(name = "indicator7", required = false) Integer indicator7,
                       Authentication authentication, RedirectAttributes redirect) {
        PortalAccount account = pages.account(authentication);
        pages.ownDossier(account, code);
        try {
            ratings.rate(code, Actor.applicant(account.idNumber()),
                    new Rating(overall, indicator1, indicator3, indicator4, indicator7));
            redirect.addFlashAttribute("done", "message.rated");
        } catch (WorkflowException | WorkflowInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/my/dossiers/" + code;
    }
}
