package org.tthc.api.web.citizen;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tthc.api.web.PortalPages;
import org.tthc.api.web.citizen.Uploads.Upload;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.portal.intake.IntakeException;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.intake.RegisteredDossier;
import org.tthc.portal.view.PortalQueries;
import org.tthc.portal.view.ProcedureSummary;

/**
 * Online submission (nộp hồ sơ trực tuyến) by a signed-in citizen: the dossier is registered with the citizen's
 * identity number, then each component's file is streamed to the document store.
 */
@Controller
public class SubmissionController {
    /** Recorded as the receiver of an online dossier. */
    public static final String ONLINE_RECEIVER = "online";

    private final PortalQueries queries;
    private final IntakeService intake;
    private final Uploads uploads;
    private final PortalPages pages;

    public SubmissionController(PortalQueries queries, IntakeService intake, Uploads uploads, PortalPages pages) {
        this.queries = queries;
        this.intake = intake;
        this.uploads = uploads;
        this.pages = pages;
    }

    @GetMapping("/submit")
    public String form(@RequestParam("procedure") String procedureCode, Authentication authentication, Model model) {
        PortalAccount account = pages.account(authentication);
        ProcedureSummary procedure = queries.procedure(procedureCode).orElseThrow(() -> PortalPages.notFound(procedureCode));
        model.addAttribute("procedure", procedure);
        model.addAttribute("organisations", queries.organisationsReceiving(procedureCode, pages.now().toLocalDate()));
        model.addAttribute("applicantName", account.displayName());
        return "submit";
    }

    @PostMapping("/submit")
    public String submit(@RequestParam("procedure") String procedureCode, @RequestParam("organisation") String orgCode,
                         @RequestParam("applicantName") String applicantName,
                         @RequestParam(name = "phone", required = false) String phone,
                         @RequestParam(name = "email", required = false) String email,
                         @RequestParam(name = "summary", required = false) String summary,
                         MultipartHttpServletRequest request, Authentication authentication,
                         RedirectAttributes redirect, Model model) {
        PortalAccount account = pages.account(authentication);
        ProcedureSummary procedure = queries.procedure(procedureCode).orElseThrow(() -> PortalPages.notFound(procedureCode));
        List<Upload> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ProcedureSummary.ComponentSummary component : procedure.components()) {
            Upload upload = new Upload(component.code(), request.getFile("document-" + component.code()));
            if (component.required() && !upload.present()) {
                missing.add(component.name());
            }
            files.add(upload);
        }
        if (!missing.isEmpty()) {
            model.addAttribute("missing", missing);
            return form(procedureCode, authentication, model);
        }
        RegisteredDossier dossier;
        try {
            dossier = intake.register(new IntakeRequest(procedureCode, orgCode, Channel.ONLINE, ApplicantType.CITIZEN,
                    applicantName, account.idNumber(), blankToNull(phone), blankToNull(email), blankToNull(summary),
                    null, ONLINE_RECEIVER, null));
        } catch (IntakeException e) {
            model.addAttribute("error", e.getMessage());
            return form(procedureCode, authentication, model);
        }
        redirect.addFlashAttribute("submitted", dossier.code());
        redirect.addFlashAttribute("refusals", uploads.store(dossier.id(), files));
        return "redirect:/my/dossiers/" + dossier.code();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
