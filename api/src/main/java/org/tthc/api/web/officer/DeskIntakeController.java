package org.tthc.api.web.officer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tthc.api.web.PortalPages;
import org.tthc.api.web.citizen.Uploads;
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
 * Intake at the one-stop desk (tiếp nhận trực tiếp) and of dossiers arriving by post: the officer picks the procedure,
 * enters the applicant, ticks the documents handed in (and may scan them in), and the dossier is registered through
 * {@link IntakeService} at the officer's organisation (the admin chooses one of those that receive the procedure);
 * then its page, with the receipt.
 */
@Controller
public class DeskIntakeController {
    /** The department recorded on the intake event of a dossier received at the desk. */
    static final String DESK_DEPARTMENT = "Bộ phận Một cửa";
    private static final List<Channel> CHANNELS = List.of(Channel.IN_PERSON, Channel.POSTAL);
    private static final List<ApplicantType> APPLICANT_TYPES = List.of(ApplicantType.CITIZEN, ApplicantType.ENTERPRISE,
            ApplicantType.ORGANISATION_OR_OTHER);

    private final PortalQueries queries;
    private final IntakeService intake;
    private final Uploads uploads;
    private final PortalPages pages;

    public DeskIntakeController(PortalQueries queries, IntakeService intake, Uploads uploads, PortalPages pages) {
        this.queries = queries;
        this.intake = intake;
        this.uploads = uploads;
        this.pages = pages;
    }

    @GetMapping("/officer/intake")
    public String form(@RequestParam(name = "procedure", required = false) String procedureCode,
                       Authentication authentication, Model model) {
        PortalAccount account = pages.account(authentication);
        model.addAttribute("procedures", queries.procedures(null));
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("applicantTypes", APPLICANT_TYPES);
        if (procedureCode != null && !procedureCode.isBlank()) {
            model.addAttribute("procedure", queries.procedure(procedureCode)
                    .orElseThrow(() -> PortalPages.notFound(procedureCode)));
            // the organisations that receive the procedure, of those the account works for
            model.addAttribute("organisations", queries.organisationsReceiving(procedureCode, pages.now().toLocalDate())
                    .stream().filter(o -> account.handles(o.code())).toList());
        }
        return "officer/intake";
    }

    @PostMapping("/officer/intake")
    public String receive(@RequestParam("procedure") String procedureCode,
                          @RequestParam("organisation") String orgCode,
                          @RequestParam("channel") Channel channel,
                          @RequestParam("applicantType") ApplicantType applicantType,
                          @RequestParam("applicantName") String applicantName,
                          @RequestParam(name = "idNumber", required = false) String idNumber,
                          @RequestParam(name = "phone", required = false) String phone,
                          @RequestParam(name = "email", required = false) String email,
                          @RequestParam(name = "summary", required = false) String summary,
                          @RequestParam(name = "documents", required = false) List<String> ticked,
                          MultipartHttpServletRequest request, Authentication authentication,
                          RedirectAttributes redirect, Model model) {
        PortalAccount account = pages.account(authentication);
        if (!account.handles(orgCode)) {
            throw PortalPages.notFound(orgCode);
        }
        ProcedureSummary procedure = queries.procedure(procedureCode)
                .orElseThrow(() -> PortalPages.notFound(procedureCode));
        Set<String> received = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
        List<Upload> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ProcedureSummary.ComponentSummary component : procedure.components()) {
            Upload upload = new Upload(component.code(), request.getFile("document-" + component.code()));
            if (upload.file() != null && !upload.file().isEmpty()) {
                received.add(component.code());
            }
            if (component.required() && !received.contains(component.code())) {
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
            dossier = intake.register(new IntakeRequest(procedureCode, orgCode, channel, applicantType, applicantName,
                    blankToNull(idNumber), blankToNull(phone), blankToNull(email), blankToNull(summary), null,
                    account.username(), DESK_DEPARTMENT, List.copyOf(received)));
        } catch (IntakeException e) {
            model.addAttribute("error", e.getMessage());
            return form(procedureCode, authentication, model);
        }
        redirect.addFlashAttribute("received", dossier.code());
        redirect.addFlashAttribute("refusals", uploads.store(dossier.id(), files));
        return "redirect:/officer/dossiers/" + dossier.code();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
