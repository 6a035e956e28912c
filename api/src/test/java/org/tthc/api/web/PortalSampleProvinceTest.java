package org.tthc.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tthc.api.web.security.DemoAccounts;
import org.tthc.portal.demo.DemoCatalogue;
import org.tthc.portal.view.PortalQueries;

/**
 * The app's first start with the embedded defaults (as {@code ./tthc run}) seeds the sample province through
 * portal-lite's services: the catalogue at {@code /}, dossiers in the officers' inboxes and in the demo citizen's list.
 */
class PortalSampleProvinceTest extends PortalWebTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    PortalQueries queries;

    @Test
    void theSampleProvinceHasProceduresAndDossiersInEveryPage() throws Exception {
        assertThat(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Đăng ký khai sinh", "Chứng thực bản sao từ bản chính",
                        "Cấp giấy phép xây dựng nhà ở riêng lẻ");
        assertThat(queries.inbox(DemoCatalogue.JUSTICE, null)).isNotEmpty();
        assertThat(queries.inbox(DemoCatalogue.CONSTRUCTION, null)).isNotEmpty();
        String code = queries.inbox(DemoCatalogue.JUSTICE, null).get(0).code();
        assertThat(mvc.perform(get("/officer").with(user(DemoAccounts.JUSTICE_OFFICER).roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(code);
        String citizen = PortalTestDossiers.account(DemoAccounts.CITIZEN).idNumber();
        assertThat(queries.dossiersOfApplicant(citizen)).isNotEmpty();
    }
}
