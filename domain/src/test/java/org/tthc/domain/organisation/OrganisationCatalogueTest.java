package org.tthc.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrganisationCatalogueTest {
    private static final String PROVINCE = "000.00.00.H99";
    private static final String DISTRICT = "000.00.01.H99";
    private static final String COMMUNE = "000.01.01.H99";
    private static final String DEPARTMENT = "000.00.02.H99";
    private static final String OTHER_DISTRICT = "000.00.03.H99";
    private static final String OTHER_COMMUNE = "000.02.01.H99";
    private static final String CITY = "000.00.00.H97";
    private static final String CITY_DEPARTMENT = "000.00.02.H97";
    private static final String SEAT_COMMUNE = "000.01.70.H97";
    private static final String OTHER_NEW_COMMUNE = "000.02.70.H97";
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    /**
     * The 2025 reform in small: the province, its district with two communes and a department end on 30 June; from
     * 1 July the city (new level-1 code) with a department and two communes. The district splits between the two new
     * communes (its seat primary), the first old commune splits too (the other new commune primary), the second
     * merges into the seat commune.
     */
    private static final OrganisationCatalogue REFORMED = new OrganisationCatalogue(List.of(
            version(PROVINCE, "tỉnh", 1, OrganisationKind.PROVINCE, null, null, LAST_DAY),
            version(DISTRICT, "huyện", 2, OrganisationKind.DISTRICT, PROVINCE, null, LAST_DAY),
            version(COMMUNE, "xã 1", 3, OrganisationKind.COMMUNE, DISTRICT, null, LAST_DAY),
            version(OTHER_COMMUNE, "xã 2", 3, OrganisationKind.COMMUNE, DISTRICT, null, LAST_DAY),
            version(DEPARTMENT, "sở", 2, OrganisationKind.DEPARTMENT, PROVINCE, null, LAST_DAY),
            version(CITY, "thành phố", 1, OrganisationKind.PROVINCE, null, REFORM_DAY, null),
            version(CITY_DEPARTMENT, "sở", 2, OrganisationKind.DEPARTMENT, CITY, REFORM_DAY, null),
            version(SEAT_COMMUNE, "xã A", 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, null),
            version(OTHER_NEW_COMMUNE, "xã B", 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, null)),
            List.of(OrganisationSuccession.merge(PROVINCE, CITY, REFORM_DAY),
                    OrganisationSuccession.merge(DEPARTMENT, CITY_DEPARTMENT, REFORM_DAY),
                    OrganisationSuccession.split(DISTRICT, OTHER_NEW_COMMUNE, REFORM_DAY, false),
                    OrganisationSuccession.split(DISTRICT, SEAT_COMMUNE, REFORM_DAY, true),
                    OrganisationSuccession.split(COMMUNE, SEAT_COMMUNE, REFORM_DAY, false),
                    OrganisationSuccession.split(COMMUNE, OTHER_NEW_COMMUNE, REFORM_DAY, true),
                    OrganisationSuccession.merge(OTHER_COMMUNE, SEAT_COMMUNE, REFORM_DAY)));

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

    @Test
    void aCommuneCountsUnderTheParentOfItsVersionInEffectOnTheDay() {
        OrganisationCatalogue moved = new OrganisationCatalogue(List.of(
                org(PROVINCE, 1, OrganisationKind.PROVINCE, null),
                org(DISTRICT, 2, OrganisationKind.DISTRICT, PROVINCE),
                org(OTHER_DISTRICT, 2, OrganisationKind.DISTRICT, PROVINCE),
                version(COMMUNE, "xã", 3, OrganisationKind.COMMUNE, DISTRICT, null, null),
                version(COMMUNE, "xã", 3, OrganisationKind.COMMUNE, OTHER_DISTRICT, day("2025-04-01"), null)));

        assertThat(moved.rollUp(COMMUNE, day("2025-03-31"))).containsExactly(COMMUNE, DISTRICT, PROVINCE);
        assertThat(moved.rollUp(COMMUNE, day("2025-04-01"))).containsExactly(COMMUNE, OTHER_DISTRICT, PROVINCE);
        assertThat(moved.versions()).hasSize(5);
        assertThat(moved.all()).hasSize(4);
    }

    @Test
    void anOpenVersionEndsTheDayBeforeTheNextVersionStarts() {
        OrganisationCatalogue renamed = new OrganisationCatalogue(List.of(
                version(DISTRICT, "UBND thị xã", 2, OrganisationKind.DISTRICT, PROVINCE, null, null),
                version(DISTRICT, "UBND thành phố", 2, OrganisationKind.DISTRICT, PROVINCE, day("2025-02-01"), null)));

        assertThat(renamed.versionOn(DISTRICT, day("2025-01-31"))).map(Organisation::name).contains("UBND thị xã");
        assertThat(renamed.versionOn(DISTRICT, day("2025-02-01"))).map(Organisation::name).contains("UBND thành phố");
        assertThat(renamed.nameOn(DISTRICT, day("2024-12-01"))).isEqualTo("UBND thị xã");
        assertThat(renamed.nameOf(DISTRICT)).isEqualTo("UBND thành phố");
    }

    @Test
    void anAbolishedDistrictIsCarriedToItsPrimarySuccessorFromTheEffectiveDateOn() {
        assertThat(REFORMED.rollUp(DISTRICT, LAST_DAY)).containsExactly(DISTRICT, PROVINCE);
        assertThat(REFORMED.rollUp(DISTRICT, REFORM_DAY)).containsExactly(SEAT_COMMUNE, CITY);
        assertThat(REFORMED.successorOn(DISTRICT, REFORM_DAY)).isEqualTo(SEAT_COMMUNE);
        assertThat(REFORMED.successorOn(DISTRICT, LAST_DAY)).isEqualTo(DISTRICT);
    }

    @Test
    void aSplitCommuneGoesToItsPrimarySuccessorWhicheverIsListedFirst() {
        assertThat(REFORMED.rollUp(COMMUNE, REFORM_DAY)).containsExactly(OTHER_NEW_COMMUNE, CITY);
        assertThat(REFORMED.rollUp(OTHER_COMMUNE, REFORM_DAY)).containsExactly(SEAT_COMMUNE, CITY);
    }

    @Test
    void theMergedProvinceAndItsDepartmentsRollUpToTheNewCity() {
        assertThat(REFORMED.rollUp(PROVINCE, REFORM_DAY)).containsExactly(CITY);
        assertThat(REFORMED.rollUp(DEPARTMENT, REFORM_DAY)).containsExactly(CITY_DEPARTMENT, CITY);
        assertThat(REFORMED.rollUp(DEPARTMENT, LAST_DAY)).containsExactly(DEPARTMENT, PROVINCE);
        assertThat(REFORMED.levelOneOf(DEPARTMENT)).isEqualTo(CITY);
    }

    @Test
    void anUnknownUnitOfTheMergedProvinceIsKeptAndRollsUpToTheSuccessorOfTheLevelOneItsCodeNames() {
        assertThat(REFORMED.rollUp("000.00.12.H99", LAST_DAY)).containsExactly("000.00.12.H99", PROVINCE);
        assertThat(REFORMED.rollUp("000.00.12.H99", REFORM_DAY)).containsExactly("000.00.12.H99", CITY);
    }

    @Test
    void theViewsDifferOnlyInTheDayWhoseStructureTheyShow() {
        LocalDate today = day("2025-09-15");

        assertThat(REFORMED.rollUp(DISTRICT, OrganisationView.AS_REPORTED, LAST_DAY, today))
                .containsExactly(DISTRICT, PROVINCE);
        assertThat(REFORMED.rollUp(DISTRICT, OrganisationView.RESTATED, LAST_DAY, today))
                .containsExactly(SEAT_COMMUNE, CITY);
        assertThat(REFORMED.selfAndAncestors(DISTRICT)).containsExactly(SEAT_COMMUNE, CITY);
    }

    @Test
    void successionsAreFollowedOneAfterAnotherButNotBeforeTheyTakeEffect() {
        OrganisationCatalogue twice = new OrganisationCatalogue(List.of(
                version(CITY, "thành phố", 1, OrganisationKind.PROVINCE, null, null, null),
                version(COMMUNE, "xã A", 3, OrganisationKind.COMMUNE, CITY, null, day("2025-06-30")),
                version(SEAT_COMMUNE, "xã B", 3, OrganisationKind.COMMUNE, CITY, REFORM_DAY, day("2025-12-31")),
                version(OTHER_NEW_COMMUNE, "xã C", 3, OrganisationKind.COMMUNE, CITY, day("2026-01-01"), null)),
                List.of(OrganisationSuccession.merge(COMMUNE, SEAT_COMMUNE, REFORM_DAY),
                        OrganisationSuccession.rename(SEAT_COMMUNE, OTHER_NEW_COMMUNE, day("2026-01-01"))));

        assertThat(twice.rollUp(COMMUNE, LAST_DAY)).containsExactly(COMMUNE, CITY);
        assertThat(twice.rollUp(COMMUNE, day("2025-12-31"))).containsExactly(SEAT_COMMUNE, CITY);
        assertThat(twice.rollUp(COMMUNE, day("2026-01-01"))).containsExactly(OTHER_NEW_COMMUNE, CITY);
    }

    @Test
    void aCodeEndedWithoutSuccessorIsDescribedByItsLastVersion() {
        OrganisationCatalogue ended = new OrganisationCatalogue(List.of(
                org(PROVINCE, 1, OrganisationKind.PROVINCE, null),
                version(DISTRICT, "huyện", 2, OrganisationKind.DISTRICT, PROVINCE, null, LAST_DAY)));

        assertThat(ended.versionOn(DISTRICT, REFORM_DAY)).isEmpty();
        assertThat(ended.rollUp(DISTRICT, REFORM_DAY)).containsExactly(DISTRICT, PROVINCE);
    }

    @Test
    void aSplitMustNameExactlyOnePrimarySuccessor() {
        List<Organisation> none = List.of();
        assertThatThrownBy(() -> new OrganisationCatalogue(none, List.of(
                OrganisationSuccession.split(DISTRICT, SEAT_COMMUNE, REFORM_DAY, false),
                OrganisationSuccession.split(DISTRICT, OTHER_NEW_COMMUNE, REFORM_DAY, false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DISTRICT).hasMessageContaining("no primary successor");
        assertThatThrownBy(() -> new OrganisationCatalogue(none, List.of(
                OrganisationSuccession.split(DISTRICT, SEAT_COMMUNE, REFORM_DAY, true),
                OrganisationSuccession.merge(DISTRICT, OTHER_NEW_COMMUNE, REFORM_DAY))))
                .hasMessageContaining("2 (" + SEAT_COMMUNE + ", " + OTHER_NEW_COMMUNE + ") primary successor");
    }

    @Test
    void aNullCodeCountsNowhere() {
        assertThat(REFORMED.rollUp(null, REFORM_DAY)).isEmpty();
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Organisation version(String code, String name, int level, OrganisationKind kind, String parent,
                                        LocalDate from, LocalDate to) {
        return new Organisation(code, name, level, kind, parent, from, to);
    }

    private static Organisation org(String code, int level, OrganisationKind kind, String parent) {
        return new Organisation(code, kind + " " + code, level, kind, parent, null, null);
    }
}
