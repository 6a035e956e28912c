package org.tthc.ingestion.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationCodes;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.SuccessionKind;

class SampleProvinceTest {
    private static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);
    private static final String CITY = "000.00.00.H97";
    private final List<Organisation> organisations = SampleProvince.organisations();
    private final List<OrganisationSuccession> successions = SampleProvince.successions();
    private final OrganisationCatalogue catalogue = new OrganisationCatalogue(organisations, successions);

    @Test
    void theProvinceAndTheCityHaveAboutOneHundredFortyOrganisationsAndEveryVersionHasItsOwnFirstDay() {
        assertThat(catalogue.all()).hasSizeBetween(130, 150);
        assertThat(organisations.stream().map(o -> o.code() + "@" + o.validFrom())).doesNotHaveDuplicates();
        assertThat(organisations.get(0)).isEqualTo(new Organisation("000.00.00.H99", "UBND tỉnh Bình An", 1,
                OrganisationKind.PROVINCE, null, null, LAST_DAY_BEFORE_REFORM));
        assertThat(SampleProvince.reformDay()).isEqualTo(REFORM_DAY);
        assertThat(SampleProvince.cityCode()).isEqualTo(CITY);
    }

    @Test
    void renamedOrganisationsHaveOneVersionPerNameWithoutGaps() {
        Map<String, List<Organisation>> byCode = organisations.stream()
                .collect(Collectors.groupingBy(Organisation::code));
        List<List<Organisation>> renamed = byCode.values().stream().filter(v -> v.size() > 1).toList();

        assertThat(renamed).hasSize(2).allSatisfy(versions -> {
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).validTo().plusDays(1)).isEqualTo(versions.get(1).validFrom());
            assertThat(versions.get(0).name()).isNotEqualTo(versions.get(1).name());
        });
        assertThat(catalogue.nameOn("000.00.41.H99", LocalDate.of(2025, 1, 31))).isEqualTo("UBND thị xã Phú Mỹ");
        assertThat(catalogue.nameOn("000.00.41.H99", LocalDate.of(2025, 2, 1))).isEqualTo("UBND thành phố Phú Mỹ");
    }

    @Test
    void everyParentExistsAndIsValidOnTheChildsFirstAndLastDay() {
        for (Organisation org : organisations.subList(1, organisations.size())) {
            if (org.level() == 1) {
                continue;
            }
            LocalDate firstDay = org.validFrom() == null ? LocalDate.of(2020, 1, 1) : org.validFrom();
            assertThat(catalogue.versionOn(org.parentCode(), firstDay)).as("parent of %s on %s", org.code(), firstDay)
                    .hasValueSatisfying(parent -> assertThat(parent.level()).isLessThan(org.level()));
            LocalDate lastDay = org.validTo() == null ? LocalDate.of(2030, 1, 1) : org.validTo();
            assertThat(catalogue.versionOn(org.parentCode(), lastDay)).as("parent of %s on %s", org.code(), lastDay)
                    .isPresent();
        }
    }

    @Test
    void everyOrganisationOfTheProvinceEndsOnThe30thOfJune2025AndHasASuccessorInTheCity() {
        List<Organisation> province = organisations.stream()
                .filter(o -> o.code().endsWith(".H99") && o.validTo() != null && o.validTo().equals(LAST_DAY_BEFORE_REFORM))
                .toList();
        assertThat(province.stream().map(Organisation::code).distinct()).hasSizeBetween(95, 100);
        assertThat(organisations).filteredOn(o -> o.code().endsWith(".H99"))
                .allSatisfy(o -> assertThat(o.validTo()).isNotNull().isBeforeOrEqualTo(LAST_DAY_BEFORE_REFORM));
        for (Organisation org : province) {
            String successor = catalogue.successorOn(org.code(), REFORM_DAY);
            assertThat(successor).as("successor of %s", org.code()).endsWith(".H97");
            assertThat(catalogue.versionOn(successor, REFORM_DAY)).as("%s valid on the reform day", successor)
                    .isPresent();
            assertThat(catalogue.rollUp(org.code(), REFORM_DAY)).as("roll-up of %s", org.code()).last().isEqualTo(CITY);
        }
    }

    @Test
    void eachDistrictSplitsBetweenTheNewCommunesFormedFromItsCommunesTheFirstAtItsSeat() {
        List<Organisation> districts = ofKind(OrganisationKind.DISTRICT);
        assertThat(districts.stream().map(Organisation::code).distinct()).hasSize(7);
        for (String district : districts.stream().map(Organisation::code).distinct().toList()) {
            Set<String> communesOfTheDistrict = organisations.stream()
                    .filter(o -> district.equals(o.parentCode())).map(Organisation::code).collect(Collectors.toSet());
            Set<String> formedFromThem = successions.stream()
                    .filter(s -> communesOfTheDistrict.contains(s.predecessorCode()))
                    .map(OrganisationSuccession::successorCode).collect(Collectors.toSet());
            List<OrganisationSuccession> ofDistrict = successions.stream()
                    .filter(s -> s.predecessorCode().equals(district)).toList();

            assertThat(communesOfTheDistrict).hasSize(10);
            assertThat(ofDistrict).allSatisfy(s -> assertThat(s.kind()).isEqualTo(SuccessionKind.SPLIT))
                    .extracting(OrganisationSuccession::successorCode).containsExactlyInAnyOrderElementsOf(formedFromThem);
            assertThat(ofDistrict.stream().filter(OrganisationSuccession::primary).map(OrganisationSuccession::successorCode))
                    .singleElement().asString().startsWith("000.01.");
        }
    }

    @Test
    void theCommunesMergeIntoAboutAThirdAsManyDirectlyUnderTheCityOneOfThemSplit() {
        List<Organisation> merged = ofKind(OrganisationKind.COMMUNE).stream()
                .filter(c -> REFORM_DAY.equals(c.validFrom())).toList();

        assertThat(merged).hasSizeBetween(20, 30).allSatisfy(c -> {
            assertThat(c.parentCode()).isEqualTo(CITY);
            assertThat(c.level()).isEqualTo(3);
            assertThat(c.validTo()).isNull();
            assertThat(c.code()).matches("000\\.\\d{2}\\.7\\d\\.H97");
        });
        assertThat(successions.stream().filter(s -> s.kind() == SuccessionKind.SPLIT
                && s.predecessorCode().matches("000\\.(0[1-9]|10)\\.\\d{2}\\.H99")))
                .extracting(OrganisationSuccession::predecessorCode).containsOnly("000.05.40.H99").hasSize(2);
        assertThat(catalogue.successorOn("000.05.40.H99", REFORM_DAY)).isEqualTo("000.02.70.H97");
    }

    @Test
    void theProvincesDepartmentsMergeIntoTheCitysAndTheCityAddsAOneStopCentre() {
        assertThat(ofKind(OrganisationKind.DEPARTMENT)).filteredOn(d -> d.code().endsWith(".H99")).hasSize(20)
                .allSatisfy(d -> assertThat(d.parentCode()).isEqualTo(SampleProvince.PROVINCE_CODE));
        assertThat(ofKind(OrganisationKind.DEPARTMENT)).filteredOn(d -> d.code().endsWith(".H97")).hasSize(20)
                .allSatisfy(d -> assertThat(d.parentCode()).isEqualTo(CITY));
        assertThat(catalogue.successorOn("000.00.13.H99", REFORM_DAY)).as("foreign affairs into the office")
                .isEqualTo("000.00.01.H97");
        assertThat(successions).noneMatch(s -> s.successorCode().equals("000.00.21.H97"));
        assertThat(catalogue.successorOn(SampleProvince.PROVINCE_CODE, REFORM_DAY)).isEqualTo(CITY);
    }

    @Test
    void everyCodeNamesItsLevelOneOrganisation() {
        assertThat(organisations).allSatisfy(org -> assertThat(OrganisationCodes.levelOneCode(org.code()))
                .contains(org.code().endsWith(".H97") ? CITY : SampleProvince.PROVINCE_CODE));
    }

    private List<Organisation> ofKind(OrganisationKind kind) {
        return organisations.stream().filter(o -> o.kind() == kind).toList();
    }
}
