package org.tthc.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;

/** Which organisations a scope lets a user see: its organisation's subtree, nothing above or beside it. */
class DataScopeRulesTest {
    private static final String PROVINCE = "000.00.00.H99";
    private static final String JUSTICE = "000.00.03.H99";
    private static final String HOME_AFFAIRS = "000.00.02.H99";
    private static final String JUSTICE_OFFICE = "000.01.03.H99";
    private static final LocalDate DAY = LocalDate.of(2025, 10, 31);

    private final OrganisationCatalogue catalogue = new OrganisationCatalogue(List.of(
            new Organisation(PROVINCE, "UBND tỉnh", 1, OrganisationKind.PROVINCE, null, null, null),
            new Organisation(JUSTICE, "Sở Tư pháp", 2, OrganisationKind.DEPARTMENT, PROVINCE, null, null),
            new Organisation(HOME_AFFAIRS, "Sở Nội vụ", 2, OrganisationKind.DEPARTMENT, PROVINCE, null, null),
            new Organisation(JUSTICE_OFFICE, "Phòng Hộ tịch", 3, OrganisationKind.COMMUNE, JUSTICE, null, null)));

    @Test
    void aScopeSeesItsOrganisationAndEverythingBelowIt() {
        DataScope justice = DataScope.of(JUSTICE);

        assertThat(justice.permits(catalogue, JUSTICE, DAY)).isTrue();
        assertThat(justice.permits(catalogue, JUSTICE_OFFICE, DAY)).isTrue();
    }

    @Test
    void aScopeSeesNothingAboveOrBesideIt() {
        DataScope justice = DataScope.of(JUSTICE);

        assertThat(justice.permits(catalogue, PROVINCE, DAY)).isFalse();
        assertThat(justice.permits(catalogue, HOME_AFFAIRS, DAY)).isFalse();
        assertThatThrownBy(() -> justice.check(catalogue, HOME_AFFAIRS, DAY))
                .isInstanceOfSatisfying(OutOfScopeException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.getBody().getDetail()).contains(HOME_AFFAIRS, JUSTICE);
                });
    }

    @Test
    void noScopeSeesEverything() {
        assertThat(DataScope.ALL.permits(catalogue, PROVINCE, DAY)).isTrue();
        assertThat(DataScope.of(null)).isEqualTo(DataScope.ALL);
    }
}
