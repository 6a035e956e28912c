package org.tthc.api.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.tthc.portal.demo.DemoCatalogue;
import org.tthc.api.web.security.DemoAccounts;
import org.tthc.api.web.security.PortalAccount;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;

/** Dossiers the web tests register through the intake service, with recognisable personal data. */
final class PortalTestDossiers {
    static final String PHONE = "0912345678";
    static final String EMAIL = "an.nguyen@example.vn";

    private PortalTestDossiers() {
    }

    static PortalAccount account(String username) {
        return DemoAccounts.ALL.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    /** MockMvc signed in as the demo account {@code username}, with its role. */
    static RequestPostProcessor as(String username) {
        return user(username).roles(account(username).role().name());
    }

    /** A birth registration at the Department of Justice by the demo citizen {@code username}. */
    static String registerAtJustice(IntakeService intake, String username) {
        PortalAccount citizen = account(username);
        return intake.register(new IntakeRequest(DemoCatalogue.BIRTH_REGISTRATION, DemoCatalogue.JUSTICE,
                Channel.ONLINE, ApplicantType.CITIZEN, citizen.displayName(), citizen.idNumber(), PHONE, EMAIL,
                "Đăng ký khai sinh cho con", null, "online", null)).code();
    }
}
