package org.tthc.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tthc.api.web.PortalTestDossiers.as;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tthc.api.web.security.DemoAccounts;
import org.tthc.domain.dossier.Channel;
import org.tthc.portal.demo.DemoCatalogue;
import org.tthc.portal.view.DossierReceipt;
import org.tthc.portal.view.PortalQueries;

/**
 * The desk and postal intake page: the officer picks the procedure, enters the applicant, ticks the paper documents
 * (or scans one in), and the dossier is registered at their organisation through the intake service, with its
 * receipt one click away; a required document not handed in registers nothing.
 */
class PortalIntakeTest extends PortalWebTest {
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    PortalQueries queries;

    @Test
    void theFormListsTheProceduresAndTheChosenOnesDocuments() throws Exception {
        String choose = mvc.perform(get("/officer/intake").with(as(DemoAccounts.JUSTICE_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(choose).contains("Đăng ký khai sinh", "Cấp giấy phép xây dựng nhà ở riêng lẻ")
                .doesNotContain("id=\"receive-dossier\"");

        String form = mvc.perform(get("/officer/intake").param("procedure", DemoCatalogue.BIRTH_REGISTRATION)
                        .param("lang", "en").with(as(DemoAccounts.JUSTICE_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Desk and postal intake", "Tờ khai đăng ký khai sinh", "id=\"handed-in-TP02\"",
                "By public postal service", "id=\"receive-dossier\"", "value=\"" + DemoCatalogue.JUSTICE + "\"")
                .doesNotContain("value=\"" + DemoCatalogue.CONSTRUCTION + "\"");
    }

    @Test
    void theFormsOfferOnlyTheOrganisationsThatReceiveTheProcedure() throws Exception {
        String online = mvc.perform(get("/submit").param("procedure", DemoCatalogue.BUILDING_PERMIT)
                        .with(as(DemoAccounts.CITIZEN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(online).contains("value=\"" + DemoCatalogue.CONSTRUCTION + "\"")
                .doesNotContain("value=\"" + DemoCatalogue.JUSTICE + "\"", "value=\"" + DemoCatalogue.PROVINCE + "\"");

        String desk = mvc.perform(get("/officer/intake").param("procedure", DemoCatalogue.BUILDING_PERMIT)
                        .with(as(DemoAccounts.JUSTICE_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(desk).contains("id=\"not-received-here\"").doesNotContain("id=\"receive-dossier\"");
    }

    @Test
    void aPostalDossierIsRegisteredWithItsDocumentsAndLinksToItsReceipt() throws Exception {
        MvcResult result = mvc.perform(birthRegistration("001099123456", DemoCatalogue.JUSTICE)
                        .file(new MockMultipartFile("document-TP02", "giay-chung-sinh.pdf", "application/pdf", PDF))
                        .param("documents", "TP01")
                        .with(as(DemoAccounts.JUSTICE_OFFICER)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String code = result.getFlashMap().get("received").toString();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/officer/dossiers/" + code);
        assertThat(code).startsWith(DemoCatalogue.JUSTICE + "-");

        DossierReceipt receipt = queries.receipt(code).orElseThrow();
        assertThat(receipt.channel()).isEqualTo(Channel.POSTAL);
        assertThat(receipt.receivedBy()).isEqualTo(DemoAccounts.JUSTICE_OFFICER);
        assertThat(receipt.applicantName()).isEqualTo("Phạm Thị Mai");
        assertThat(receipt.documents()).extracting(DossierReceipt.ReceivedDocument::name)
                .containsExactly("Tờ khai đăng ký khai sinh", "Giấy chứng sinh");
        assertThat(queries.dossier(code).orElseThrow().documents()).extracting(d -> d.name())
                .containsExactly("giay-chung-sinh.pdf");
        String page = mvc.perform(get("/officer/dossiers/" + code).with(as(DemoAccounts.JUSTICE_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/officer/dossiers/" + code + "/receipt.pdf");
    }

    @Test
    void aMissingRequiredDocumentRegistersNothing() throws Exception {
        String page = mvc.perform(birthRegistration("001099654321", DemoCatalogue.JUSTICE).param("documents", "TP01")
                        .with(as(DemoAccounts.JUSTICE_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"missing\"", "Giấy chứng sinh", "value=\"Phạm Thị Mai\"");
        assertThat(queries.dossiersOfApplicant("001099654321")).isEmpty();
    }

    @Test
    void anOfficerReceivesOnlyForTheirOwnOrganisationAndCitizensNotAtAll() throws Exception {
        mvc.perform(birthRegistration("001099777777", DemoCatalogue.JUSTICE).param("documents", "TP01", "TP02")
                .with(as(DemoAccounts.CONSTRUCTION_OFFICER))).andExpect(status().isNotFound());
        assertThat(queries.dossiersOfApplicant("001099777777")).isEmpty();
        mvc.perform(get("/officer/intake").with(as(DemoAccounts.CITIZEN))).andExpect(status().isForbidden());
    }

    private static MockMultipartHttpServletRequestBuilder birthRegistration(String idNumber, String orgCode) {
        MockMultipartHttpServletRequestBuilder request = multipart("/officer/intake");
        request.param("procedure", DemoCatalogue.BIRTH_REGISTRATION)
                .param("organisation", orgCode)
                .param("channel", Channel.POSTAL.name())
                .param("applicantType", "CITIZEN")
                .param("applicantName", "Phạm Thị Mai")
                .param("idNumber", idNumber)
                .param("phone", "0987654321")
                .with(csrf());
        return request;
    }

}
