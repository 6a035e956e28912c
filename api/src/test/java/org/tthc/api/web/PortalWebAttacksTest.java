package org.tthc.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tthc.api.web.PortalTestDossiers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tthc.api.web.security.DemoAccounts;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.demo.DemoCatalogue;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.view.PortalQueries;

/**
 * The portal's pages under the web attacks of the reliability issue: a form post without the CSRF token is refused
 * and changes nothing; text an applicant typed (a name with markup, a withdrawal reason with a script, which officers
 * see in the dossier's timeline) is shown as text on every page that shows it; signing in gives a new session id (no session fixation).
 */
class PortalWebAttacksTest extends PortalWebTest {
    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String MARKUP_NAME = "Nguyễn <b onmouseover=\"alert(1)\">An</b>";

    @Autowired
    MockMvc mvc;
    @Autowired
    IntakeService intake;
    @Autowired
    PortalQueries queries;

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String code = PortalTestDossiers.registerAtJustice(intake, DemoAccounts.CITIZEN);

        mvc.perform(post("/my/dossiers/" + code + "/withdraw").param("reason", "forged")
                        .with(as(DemoAccounts.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/dossiers/" + code + "/withdraw").param("reason", "forged")
                        .with(csrf().useInvalidToken()).with(as(DemoAccounts.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/officer/dossiers/" + code + "/actions/ASSIGN").with(as(DemoAccounts.JUSTICE_OFFICER)))
                .andExpect(status().isForbidden());

        assertThat(queries.dossier(code).orElseThrow().status()).isEqualTo(StatusCode.ACCEPTED);
        assertThat(queries.dossier(code).orElseThrow().timeline()).noneSatisfy(event ->
                assertThat(String.valueOf(event.note())).contains("forged"));
    }

    @Test
    void whatAnApplicantTypedIsShownAsTextNotMarkup() throws Exception {
        PortalAccount citizen = PortalTestDossiers.account(DemoAccounts.CITIZEN);
        String code = intake.register(new IntakeRequest(DemoCatalogue.BIRTH_REGISTRATION, DemoCatalogue.JUSTICE,
                Channel.ONLINE, ApplicantType.CITIZEN, MARKUP_NAME, citizen.idNumber(), PortalTestDossiers.PHONE,
                PortalTestDossiers.EMAIL, "Khai sinh " + SCRIPT, null, "online", null)).code();
        // the withdrawal reason becomes a note of the dossier's timeline, which officers see
        mvc.perform(post("/my/dossiers/" + code + "/withdraw").param("reason", "Lý do " + SCRIPT).with(csrf())
                .with(as(DemoAccounts.CITIZEN))).andExpect(status().is3xxRedirection());

        String officerPage = html(get("/officer/dossiers/" + code).with(as(DemoAccounts.JUSTICE_OFFICER)));
        for (String page : new String[] {officerPage,
                html(get("/officer").with(as(DemoAccounts.JUSTICE_OFFICER))),
                html(get("/my/dossiers/" + code).with(as(DemoAccounts.CITIZEN))),
                html(get("/my/dossiers").with(as(DemoAccounts.CITIZEN)))}) {
            assertThat(page).doesNotContain(SCRIPT).doesNotContain("<b onmouseover");
        }
        assertThat(officerPage).contains("Nguyễn &lt;b onmouseover=&quot;alert(1)&quot;&gt;An&lt;/b&gt;")
                .contains("Lý do &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());

        MvcResult signedIn = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", DemoAccounts.CITIZEN).param("password", DemoAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(signedIn.getRequest().getSession(false)).isNotNull();
        assertThat(signedIn.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

}
