package org.tthc.api.web.receipt;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tthc.api.web.PortalPages;
import org.tthc.api.web.citizen.SubmissionController;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.api.web.security.PortalAccounts;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.portal.view.DossierReceipt;
import org.tthc.portal.view.PortalQueries;
import org.tthc.reports.receipt.Receipt;
import org.tthc.reports.receipt.ReceiptReport;

/**
 * The receipt of a dossier (Mẫu 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả") as PDF: for the officers of its
 * organisation (and the admin) and for its applicant, each under their own pages; anyone else gets 404, as for the
 * dossier's page.
 */
@Controller
public class ReceiptController {
    /** Who the receipt names as receiver of an online dossier (the intake event's actor is "online"). */
    static final String ONLINE_RECEIVER_NAME = "Hệ thống dịch vụ công trực tuyến";

    private final PortalQueries queries;
    private final PortalPages pages;
    private final PortalAccounts accounts;
    private final ReceiptReport report = ReceiptReport.shared();

    public ReceiptController(PortalQueries queries, PortalPages pages, PortalAccounts accounts) {
        this.queries = queries;
        this.pages = pages;
        this.accounts = accounts;
    }

    @GetMapping("/officer/dossiers/{code}/receipt.pdf")
    public ResponseEntity<byte[]> officerCopy(@PathVariable String code, Authentication authentication) {
        pages.handledDossier(pages.account(authentication), code);
        return pdf(code);
    }

    @GetMapping("/my/dossiers/{code}/receipt.pdf")
    public ResponseEntity<byte[]> applicantCopy(@PathVariable String code, Authentication authentication) {
        pages.ownDossier(pages.account(authentication), code);
        return pdf(code);
    }

    private ResponseEntity<byte[]> pdf(String code) {
        DossierReceipt receipt = queries.receipt(code).orElseThrow(() -> PortalPages.notFound(code));
        byte[] pdf = report.pdf(toReport(receipt));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("giay-tiep-nhan-" + code + ".pdf").build().toString())
                .body(pdf);
    }

    private Receipt toReport(DossierReceipt r) {
        return new Receipt(r.code(), r.organisationName(), r.applicantName(), r.applicantPhone(), r.procedureName(),
                r.processingTime() + (r.processingTimeUnit() == ProcessingTimeUnit.WORKING_DAYS
                        ? " ngày làm việc" : " giờ làm việc"),
                r.channel().vietnameseName(), r.receivedAt(), r.dueAt(), receiverName(r.receivedBy()),
                r.documents().stream().map(d -> new Receipt.ReceivedDocument(d.name(), d.copies())).toList());
    }

    /** The receiving officer's name when they have an account here, else their user id; online: the system. */
    private String receiverName(String receivedBy) {
        if (receivedBy == null || receivedBy.equals(SubmissionController.ONLINE_RECEIVER)) {
            return ONLINE_RECEIVER_NAME;
        }
        return accounts.find(receivedBy).map(PortalAccount::displayName).orElse(receivedBy);
    }
}
