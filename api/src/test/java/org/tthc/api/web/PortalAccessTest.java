package org.tthc.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tthc.api.web.PortalTestDossiers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tthc.api.web.security.DemoAccounts;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.view.PortalQueries;

/**
 * Who sees which dossier: a citizen only their own, an officer only their organisation's, the anonymous status lookup
 * nothing personal; forms need a CSRF token; the REST API has its own sign-in (docs/security.md).
 */
class PortalAccessTest extends PortalWebTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    IntakeService intake;
    @Autowired
    PortalQueries queries;


    @Test
    void aCitizenSeesTheirOwnDossierButNotAnothers() throws Exception {
        String code = PortalTestDossiers.registerAtJustice(intake, DemoAccounts.CITIZEN);

        String own = mvc.perform(get("/my/dossiers/" + code).with(as(DemoAccounts.CITIZEN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains(code);
        mvc.perform(get("/my/dossiers/" + code).with(as(DemoAccounts.OTHER_CITIZEN))).andExpect(status().isNotFound());
        String othersList = mvc.perform(get("/my/dossiers").with(as(DemoAccounts.OTHER_CITIZEN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(othersList).doesNotContain(code);
    }

    @Test
    void anOfficerSeesTheirOrganisationsDossierButNotAnotherOrganisations() throws Exception {
        String code = PortalTestDossiers.registerAtJustice(intake, DemoAccounts.CITIZEN);

        mvc.perform(get("/officer/dossiers/" + code).with(as(DemoAccounts.JUSTICE_OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/officer/dossiers/" + code).with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/officer/dossiers/" + code).with(as(DemoAccounts.CONSTRUCTION_OFFICER)))
                .andExpect(status().isNotFound());
        String otherInbox = mvc.perform(get("/officer").with(as(DemoAccounts.CONSTRUCTION_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(otherInbox).doesNotContain(code);
    }

    @Test
    void anOfficerCannotActOnAnotherOrganisationsDossier() throws Exception {
        String code = PortalTestDossiers.registerAtJustice(intake, DemoAccounts.CITIZEN);

        mvc.perform(post("/officer/dossiers/" + code + "/actions/ASSIGN").with(csrf())
                .with(as(DemoAccounts.CONSTRUCTION_OFFICER))).andExpect(status().isNotFound());
        assertThat(queries.dossier(code).orElseThrow().status()).isEqualTo(StatusCode.ACCEPTED);

        mvc.perform(post("/officer/dossiers/" + code + "/actions/ASSIGN").with(csrf())
                .with(as(DemoAccounts.JUSTICE_OFFICER))).andExpect(status().is3xxRedirection());
        assertThat(queries.dossier(code).orElseThrow().status()).isEqualTo(StatusCode.PROCESSING);
    }

    @Test
    void theAnonymousStatusLookupShowsTheStagesButNothingPersonal() throws Exception {
        String code = PortalTestDossiers.registerAtJustice(intake, DemoAccounts.CITIZEN);
        mvc.perform(post("/officer/dossiers/" + code + "/actions/ASSIGN").with(csrf())
                .with(as(DemoAccounts.JUSTICE_OFFICER)));
        mvc.perform(post("/officer/dossiers/" + code + "/actions/REQUEST_SUPPLEMENT").with(csrf())
                .with(as(DemoAccounts.JUSTICE_OFFICER)).param("reason", "Thiếu bản sao CCCD của ông Nguyễn Văn An"));
        assertThat(queries.dossier(code).orElseThrow().status()).isEqualTo(StatusCode.SUPPLEMENT_REQUESTED);

        String page = mvc.perform(get("/status").param("code", code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        PortalAccount citizen = PortalTestDossiers.account(DemoAccounts.CITIZEN);
        assertThat(page).contains(code, "Đăng ký khai sinh", "Tiếp nhận hồ sơ", "Phân công xử lý", "Yêu cầu bổ sung giấy tờ")
                .doesNotContain(citizen.displayName(), citizen.idNumber(), PortalTestDossiers.PHONE,
                        PortalTestDossiers.EMAIL, DemoAccounts.JUSTICE_OFFICER, "Phòng Hộ tịch", "Thiếu bản sao");
    }

    @Test
    void theStatusLookupWithoutACodeAsksForOneInsteadOfFailing() throws Exception {
        assertThat(mvc.perform(get("/status").param("code", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("id=\"code-missing\"", "Nhập mã hồ sơ in trên giấy tiếp nhận để tra cứu.");
        assertThat(mvc.perform(get("/status").param("code", "   ")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"code-missing\"");
        assertThat(mvc.perform(get("/status")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).doesNotContain("id=\"code-missing\"");
    }

    @Test
    void pagesNeedTheRightRole() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/officer")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/my/dossiers")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/officer").with(as(DemoAccounts.CITIZEN))).andExpect(status().isForbidden());
        mvc.perform(get("/my/dossiers").with(as(DemoAccounts.JUSTICE_OFFICER))).andExpect(status().isForbidden());
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        String code = PortalTestDossiers.registerAtJustice(intake, DemoAccounts.CITIZEN);

        mvc.perform(post("/officer/dossiers/" + code + "/actions/ASSIGN").with(as(DemoAccounts.JUSTICE_OFFICER)))
                .andExpect(status().isForbidden());
        assertThat(queries.dossier(code).orElseThrow().status()).isEqualTo(StatusCode.ACCEPTED);
    }

    @Test
    void theApiHasItsOwnSignInAndTheHealthStaysOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(post("/api/query").contentType("text/plain").content("select 1"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void theCatalogueIsInVietnameseByDefaultAndInEnglishOnRequest() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("Danh mục thủ tục hành chính", "Đăng ký khai sinh");
        assertThat(mvc.perform(get("/").param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("Administrative procedures");
    }
}
