package org.tthc.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tthc.api.web.PortalTestDossiers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tthc.api.web.security.DemoAccounts;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.view.PortalQueries;

/** The applicant withdraws their own dossier while it is handled (status 7); nobody else can, nor afterwards. */
class PortalWithdrawTest extends PortalWebTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    IntakeService intake;
    @Autowired
    PortalQueries queries;

    @Test
    void theApplicantWithdrawsTheirOwnDossierOnce() throws Exception {
        String code = PortalTestDossiers.registerAtJustice(intake, DemoAccounts.CITIZEN);
        assertThat(page(code)).contains("id=\"send-withdraw\"");

        mvc.perform(post("/my/dossiers/" + code + "/withdraw").param("reason", "Đã nộp nhầm thủ tục")
                        .with(csrf()).with(as(DemoAccounts.CITIZEN)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "message.withdrawn"));

        assertThat(queries.dossier(code).orElseThrow().status()).isEqualTo(StatusCode.WITHDRAWN);
        assertThat(queries.dossier(code).orElseThrow().timeline()).last()
                .satisfies(event -> assertThat(event.note()).contains("Đã nộp nhầm thủ tục"));
        assertThat(page(code)).doesNotContain("id=\"send-withdraw\"");
        mvc.perform(post("/my/dossiers/" + code + "/withdraw").with(csrf()).with(as(DemoAccounts.CITIZEN)))
                .andExpect(flash().attributeExists("error"));
    }

    @Test
    void anotherCitizenCannotWithdrawIt() throws Exception {
        String code = PortalTestDossiers.registerAtJustice(intake, DemoAccounts.CITIZEN);

        mvc.perform(post("/my/dossiers/" + code + "/withdraw").with(csrf()).with(as(DemoAccounts.OTHER_CITIZEN)))
                .andExpect(status().isNotFound());
        assertThat(queries.dossier(code).orElseThrow().status()).isEqualTo(StatusCode.ACCEPTED);
    }

    private String page(String code) throws Exception {
        return mvc.perform(get("/my/dossiers/" + code).with(as(DemoAccounts.CITIZEN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

}
