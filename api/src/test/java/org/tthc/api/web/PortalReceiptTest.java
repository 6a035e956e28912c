package org.tthc.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tthc.api.web.PortalTestDossiers.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tthc.api.web.security.DemoAccounts;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.portal.demo.DemoCatalogue;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.intake.RegisteredDossier;

/**
 * The receipt (Mẫu 01) as PDF: the officers of the dossier's organisation and its applicant get it, read back with
 * pdftotext it names the dossier, its documents and its appointment in Vietnamese; anyone else gets 404 or no entry.
 */
class PortalReceiptTest extends PortalWebTest {
    private static final DateTimeFormatter APPOINTMENT =
            DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    IntakeService intake;

    @TempDir
    Path folder;

    @Test
    void theOfficerAndTheApplicantGetTheReceiptWithTheCodeDocumentsAndAppointment() throws Exception {
        RegisteredDossier dossier = receiveAtTheDesk();

        byte[] officerCopy = pdf("/officer/dossiers/" + dossier.code() + "/receipt.pdf", DemoAccounts.JUSTICE_OFFICER);
        String text = pdfText(officerCopy).replaceAll("\\s+", " ");
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + dossier.code(),
                "Tiếp nhận hồ sơ của: Nguyễn Văn An", "Đăng ký khai sinh", "Tờ khai đăng ký khai sinh",
                "Giấy chứng sinh", "Sở Tư pháp", "Cán bộ Sở Tư pháp",
                "Thời gian trả kết quả giải quyết hồ sơ: " + APPOINTMENT.format(dossier.dueAt()));
        assertThat(pdfText(pdf("/my/dossiers/" + dossier.code() + "/receipt.pdf", DemoAccounts.CITIZEN)))
                .contains(dossier.code());
    }

    @Test
    void nobodyElseGetsTheReceipt() throws Exception {
        String code = receiveAtTheDesk().code();

        mvc.perform(get("/officer/dossiers/" + code + "/receipt.pdf").with(as(DemoAccounts.CONSTRUCTION_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/dossiers/" + code + "/receipt.pdf").with(as(DemoAccounts.OTHER_CITIZEN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/officer/dossiers/" + code + "/receipt.pdf").with(as(DemoAccounts.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/dossiers/" + code + "/receipt.pdf")).andExpect(redirectedUrlPattern("**/login"));
    }

    private RegisteredDossier receiveAtTheDesk() {
        PortalAccount citizen = PortalTestDossiers.account(DemoAccounts.CITIZEN);
        return intake.register(new IntakeRequest(DemoCatalogue.BIRTH_REGISTRATION, DemoCatalogue.JUSTICE,
                Channel.IN_PERSON, ApplicantType.CITIZEN, citizen.displayName(), citizen.idNumber(),
                PortalTestDossiers.PHONE, null, "Đăng ký khai sinh cho con", null, DemoAccounts.JUSTICE_OFFICER,
                "Bộ phận Một cửa", List.of("TP01", "TP02")));
    }

    private byte[] pdf(String path, String username) throws Exception {
        var response = mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response.getContentAsByteArray();
    }

    private String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.write(Files.createTempFile(folder, "receipt-", ".pdf"), pdf);
        Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("pdftotext: " + text).isZero();
        return text;
    }

}
