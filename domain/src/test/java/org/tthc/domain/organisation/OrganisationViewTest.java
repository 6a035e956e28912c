package org.tthc.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OrganisationViewTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);

    @Test
    void asReportedShowsTheStructureOfThePeriodsAsOfDayAndRestatedTodays() {
        assertThat(OrganisationView.AS_REPORTED.attributionDay(AS_OF, TODAY)).isEqualTo(AS_OF);
        assertThat(OrganisationView.RESTATED.attributionDay(AS_OF, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void theExternalNamesAndTheConstantNamesAreRead() {
        assertThat(OrganisationView.parse("as-reported")).isEqualTo(OrganisationView.AS_REPORTED);
        assertThat(OrganisationView.parse(" Restated ")).isEqualTo(OrganisationView.RESTATED);
        assertThat(OrganisationView.parse("AS_REPORTED")).isEqualTo(OrganisationView.AS_REPORTED);
        assertThat(OrganisationView.RESTATED.externalName()).isEqualTo("restated");
    }

    @Test
    void anUnknownViewSaysWhichAreAccepted() {
        assertThatThrownBy(() -> OrganisationView.parse("as-is"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'as-is'").hasMessageContaining("as-reported").hasMessageContaining("restated");
    }
}
