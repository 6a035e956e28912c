package org.tthc.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrganisationCatalogueTest {
    private static final String PROVINCE = "000.00.00.H99";
    private static final String DISTRICT = "000.00.01.H99";
    private static final String COMMUNE = "000.01.01.H99";
    private static final String DEPARTMENT = "000.00.02.H99";

    private final OrganisationCatalogue catalogue = new OrganisationCatalogue(List.of(
            org(PROVINCE, 1, OrganisationKind.PROVINCE, null),
            org(DISTRICT, 2, OrganisationKind.DISTRICT, PROVINCE),
            org(COMMUNE, 3, OrganisationKind.COMMUNE, DISTRICT),
            org(DEPARTMENT, 2, OrganisationKind.DEPARTMENT, PROVINCE)));

    @Test
    void communeRollsUpToItsDistrictAndProvinceNearestFirst() {
        assertThat(catalogue.selfAndAncestors(COMMUNE)).containsExactly(COMMUNE, DISTRICT, PROVINCE);
        assertThat(catalogue.levelOneOf(COMMUNE)).isEqualTo(PROVINCE);
    }

    @Test
    void levelOneOrganisationRollsUpToItselfOnly() {
        assertThat(catalogue.selfAndAncestors(PROVINCE)).containsExactly(PROVINCE);
    }

    @Test
    void unknownOrganisationIsKeptAndRollsUpToTheLevelOneCodeItNames() {
        assertThat(catalogue.contains("000.00.12.H99")).isFalse();
        assertThat(catalogue.selfAndAncestors("000.00.12.H99")).containsExactly("000.00.12.H99", PROVINCE);
        assertThat(catalogue.levelOneOf("000.00.12.H99")).isEqualTo(PROVINCE);
        assertThat(catalogue.nameOf("000.00.12.H99")).isEqualTo("000.00.12.H99");
    }

    @Test
    void unknownOrganisationOfAnUnknownProvinceRollsUpToThatProvincesCode() {
        assertThat(catalogue.selfAndAncestors("000.00.07.H98")).containsExactly("000.00.07.H98", "000.00.00.H98");
    }

    @Test
    void unknownOrganisationWithACodeOfAnotherShapeCountsOnlyForItself() {
        assertThat(catalogue.selfAndAncestors("H99.12")).containsExactly("H99.12");
    }

    @Test
    void organisationWhoseParentIsMissingStillReachesItsLevelOne() {
        OrganisationCatalogue broken = new OrganisationCatalogue(List.of(
                org(PROVINCE, 1, OrganisationKind.PROVINCE, null),
                org(COMMUNE, 3, OrganisationKind.COMMUNE, DISTRICT)));

        assertThat(broken.selfAndAncestors(COMMUNE)).containsExactly(COMMUNE, DISTRICT, PROVINCE);
    }

    @Test
    void cycleInTheParentChainEnds() {
        OrganisationCatalogue cyclic = new OrganisationCatalogue(List.of(
                org(DISTRICT, 2, OrganisationKind.DISTRICT, COMMUNE),
                org(COMMUNE, 3, OrganisationKind.COMMUNE, DISTRICT)));

        assertThat(cyclic.selfAndAncestors(COMMUNE)).containsExactly(COMMUNE, DISTRICT, PROVINCE);
    }

    @Test
    void latestVersionOfAnOrganisationDescribesIt() {
        OrganisationCatalogue versions = new OrganisationCatalogue(List.of(
                org(PROVINCE, 1, OrganisationKind.PROVINCE, null),
                new Organisation(COMMUNE, "xã mới", 3, OrganisationKind.COMMUNE, PROVINCE,
                        LocalDate.of(2025, 7, 1), null),
                new Organisation(COMMUNE, "xã cũ", 3, OrganisationKind.COMMUNE, DISTRICT,
                        LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30))));

        assertThat(versions.selfAndAncestors(COMMUNE)).containsExactly(COMMUNE, PROVINCE);
        assertThat(versions.nameOf(COMMUNE)).isEqualTo("xã mới");
    }

    @Test
    void emptyCatalogueStillRollsUpByCode() {
        assertThat(OrganisationCatalogue.empty().selfAndAncestors(COMMUNE)).containsExactly(COMMUNE, PROVINCE);
    }

    private static Organisation org(String code, int level, OrganisationKind kind, String parent) {
        return new Organisation(code, kind + " " + code, level, kind, parent, null, null);
    }
}
