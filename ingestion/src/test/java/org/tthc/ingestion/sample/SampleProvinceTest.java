package org.tthc.ingestion.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCodes;
import org.tthc.domain.organisation.OrganisationKind;

class SampleProvinceTest {
    private static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);
    private final List<Organisation> organisations = SampleProvince.organisations();
    private final Map<String, Organisation> byCode = organisations.stream()
            .collect(Collectors.toMap(Organisation::code, Function.identity()));

    @Test
    void theProvinceHasAboutOneHundredTwentyOrganisationsWithUniqueCodes() {
        assertThat(organisations).hasSizeBetween(110, 130);
        assertThat(byCode).hasSameSizeAs(organisations);
        assertThat(organisations.get(0)).isEqualTo(new Organisation("000.00.00.H99", "UBND tỉnh Bình An", 1,
                OrganisationKind.PROVINCE, null, null, null));
    }

    @Test
    void everyParentExistsAndIsValidOnTheChildsFirstDay() {
        for (Organisation org : organisations.subList(1, organisations.size())) {
            Organisation parent = byCode.get(org.parentCode());
            assertThat(parent).as("parent of %s", org.code()).isNotNull();
            assertThat(parent.level()).as("level of the parent of %s", org.code()).isLessThan(org.level());
            LocalDate firstDay = org.validFrom() == null ? LocalDate.of(2020, 1, 1) : org.validFrom();
            assertThat(parent.isValidOn(firstDay)).as("parent of %s valid on %s", org.code(), firstDay).isTrue();
            if (org.validTo() != null) {
                assertThat(parent.isValidOn(org.validTo())).as("parent of %s valid on its last day", org.code())
                        .isTrue();
            }
        }
    }

    @Test
    void districtsAndTheirCommunesEndOnThe30thOfJune2025() {
        List<Organisation> districts = ofKind(OrganisationKind.DISTRICT);
        assertThat(districts).hasSizeBetween(6, 8).allSatisfy(d -> {
            assertThat(d.level()).isEqualTo(2);
            assertThat(d.validTo()).isEqualTo(LAST_DAY_BEFORE_REFORM);
            assertThat(d.code()).matches("000\\.00\\.4\\d\\.H99");
        });
        assertThat(ofKind(OrganisationKind.COMMUNE).stream().filter(c -> districts.stream()
                .anyMatch(d -> d.code().equals(c.parentCode()))))
                .hasSizeBetween(60, 80)
                .allSatisfy(c -> assertThat(c.validTo()).isEqualTo(LAST_DAY_BEFORE_REFORM));
    }

    @Test
    void mergedCommunesStartOnReformDayUnderTheProvinceWithNewCodes() {
        List<Organisation> merged = ofKind(OrganisationKind.COMMUNE).stream()
                .filter(c -> LocalDate.of(2025, 7, 1).equals(c.validFrom())).toList();

        assertThat(merged).hasSizeBetween(20, 30).allSatisfy(c -> {
            assertThat(c.parentCode()).isEqualTo(SampleProvince.PROVINCE_CODE);
            assertThat(c.level()).isEqualTo(3);
            assertThat(c.validTo()).isNull();
            assertThat(c.code()).matches("000\\.\\d{2}\\.[7-9]\\d\\.H99");
        });
    }

    @Test
    void departmentsAreLevelTwoUnderTheProvince() {
        assertThat(ofKind(OrganisationKind.DEPARTMENT)).hasSizeBetween(18, 24).allSatisfy(d -> {
            assertThat(d.level()).isEqualTo(2);
            assertThat(d.parentCode()).isEqualTo(SampleProvince.PROVINCE_CODE);
            assertThat(d.code()).matches("000\\.00\\.[0-2]\\d\\.H99");
        });
    }

    @Test
    void everyCodeNamesTheProvinceAsItsLevelOneOrganisation() {
        assertThat(organisations).allSatisfy(org ->
                assertThat(OrganisationCodes.levelOneCode(org.code())).contains(SampleProvince.PROVINCE_CODE));
    }

    private List<Organisation> ofKind(OrganisationKind kind) {
        return organisations.stream().filter(o -> o.kind() == kind).toList();
    }
}
