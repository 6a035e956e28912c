package org.tthc.reports.form06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.SectorStatistics;

/**
 * Form 06's rows: each organisation's own dossiers, sections that add up to the reporting organisation's total, and
 * under each organisation its own dossiers per sector, adding up to its row.
 */
class Form06TableTest {
    private static final Period MAY = Period.month(2025, 5);
    private static final LocalDate DAY = MAY.to();
    private static final OrganisationCatalogue CATALOGUE = new OrganisationCatalogue(List.of(
            new Organisation("P", "UBND tỉnh", 1, OrganisationKind.PROVINCE, null, null, null),
            new Organisation("D", "Sở Tư pháp", 2, OrganisationKind.DEPARTMENT, "P", null, null),
            new Organisation("X", "UBND huyện Đông", 2, OrganisationKind.DISTRICT, "P", null, null),
            new Organisation("C", "UBND xã Tây", 3, OrganisationKind.COMMUNE, "X", null, null),
            new Organisation("E", "Sở Y tế", 2, OrganisationKind.DEPARTMENT, "P", null, null)));

    /** Rolled-up statistics as the warehouse gives them: P = own 1 + D 3 + X (own 2 + C 4); E has none. */
    private static final Map<String, PeriodStatistics> ROLLED_UP = Map.of(
            "P", solved("P", 10, 2), "D", solved("D", 3, 1), "X", solved("X", 6, 1), "C", solved("C", 4, 0));

    @Test
    void rowsShowEachOrganisationsOwnDossiersAndSectionsAddUpToTheTotal() {
        List<Form06Row> rows = Form06Table.rows("P", ROLLED_UP, CATALOGUE, DAY);

        assertThat(rows).extracting(Form06Row::kind, Form06Row::number, Form06Row::label,
                r -> r.line().receivedTotal(), r -> r.line().solvedLate()).containsExactly(
                tuple(Form06Row.Kind.TOTAL, "", "Tổng cộng", 10L, 2L),
                tuple(Form06Row.Kind.SECTION, "I",
                        "Cơ quan, đơn vị chủ quản trực tiếp giải quyết", 1L, 0L),
                tuple(Form06Row.Kind.ORGANISATION, "1", "UBND tỉnh", 1L, 0L),
                tuple(Form06Row.Kind.SECTION, "II", "Sở, ban, ngành", 3L, 1L),
                tuple(Form06Row.Kind.ORGANISATION, "1", "Sở Tư pháp", 3L, 1L),
                tuple(Form06Row.Kind.SECTION, "III", "Huyện, thị xã, thành phố", 2L, 1L),
                tuple(Form06Row.Kind.ORGANISATION, "1", "UBND huyện Đông", 2L, 1L),
                tuple(Form06Row.Kind.SECTION, "IV", "Xã, phường, thị trấn", 4L, 0L),
                tuple(Form06Row.Kind.ORGANISATION, "1", "UBND xã Tây", 4L, 0L));
        Form06Line sections = rows.stream().filter(r -> r.kind() == Form06Row.Kind.SECTION).map(Form06Row::line)
                .reduce(Form06Line.ZERO, Form06Line::plus);
        assertThat(sections).isEqualTo(rows.get(0).line());
    }

    @Test
    void aDistrictReportsItsOwnAndItsCommunesRows() {
        List<Form06Row> rows = Form06Table.rows("X", ROLLED_UP, CATALOGUE, DAY);

        assertThat(rows.get(0).line().receivedTotal()).isEqualTo(6);
        assertThat(rows).filteredOn(r -> r.kind() == Form06Row.Kind.ORGANISATION).extracting(Form06Row::code)
                .containsExactly("X", "C");
    }

    /**
     * The same numbers split by sector, rolled up as the warehouse gives them: P's own dossier is of sector A; D has
     * 2 of A (1 late) and 1 without a sector; X's own 2 are of B (1 late); C has 1 of A and 3 of B. X's rolled-up A
     * is C's 1, its B is its own 2 plus C's 3.
     */
    private static final List<SectorStatistics> BY_SECTOR = List.of(
            sector("P", "A", "Hộ tịch", 4, 1), sector("P", "B", "Đất đai", 5, 1), sector("P", null, null, 1, 0),
            sector("D", "A", "Hộ tịch", 2, 1), sector("D", null, null, 1, 0),
            sector("X", "A", "Hộ tịch", 1, 0), sector("X", "B", "Đất đai", 5, 1),
            sector("C", "A", "Hộ tịch", 1, 0), sector("C", "B", "Đất đai", 3, 0));

    @Test
    void underEachOrganisationItsOwnDossiersPerSectorAddUpToItsRow() {
        List<Form06Row> rows = Form06Table.rows("P", ROLLED_UP, BY_SECTOR, CATALOGUE, DAY);

        assertThat(rows).extracting(Form06Row::kind, Form06Row::number, Form06Row::label, Form06Row::code,
                r -> r.line().receivedTotal(), r -> r.line().solvedLate()).containsExactly(
                tuple(Form06Row.Kind.TOTAL, "", "Tổng cộng", "", 10L, 2L),
                tuple(Form06Row.Kind.SECTION, "I", "Cơ quan, đơn vị chủ quản trực tiếp giải quyết", "", 1L, 0L),
                tuple(Form06Row.Kind.ORGANISATION, "1", "UBND tỉnh", "P", 1L, 0L),
                tuple(Form06Row.Kind.SECTOR, "1.1", "Hộ tịch", "A", 1L, 0L),
                tuple(Form06Row.Kind.SECTION, "II", "Sở, ban, ngành", "", 3L, 1L),
                tuple(Form06Row.Kind.ORGANISATION, "1", "Sở Tư pháp", "D", 3L, 1L),
                tuple(Form06Row.Kind.SECTOR, "1.1", "Hộ tịch", "A", 2L, 1L),
                tuple(Form06Row.Kind.SECTOR, "1.2", Form06Table.NO_SECTOR, "", 1L, 0L),
                tuple(Form06Row.Kind.SECTION, "III", "Huyện, thị xã, thành phố", "", 2L, 1L),
                tuple(Form06Row.Kind.ORGANISATION, "1", "UBND huyện Đông", "X", 2L, 1L),
                tuple(Form06Row.Kind.SECTOR, "1.1", "Đất đai", "B", 2L, 1L),
                tuple(Form06Row.Kind.SECTION, "IV", "Xã, phường, thị trấn", "", 4L, 0L),
                tuple(Form06Row.Kind.ORGANISATION, "1", "UBND xã Tây", "C", 4L, 0L),
                tuple(Form06Row.Kind.SECTOR, "1.1", "Hộ tịch", "A", 1L, 0L),
                tuple(Form06Row.Kind.SECTOR, "1.2", "Đất đai", "B", 3L, 0L));
        Form06Line sections = sum(rows, Form06Row.Kind.SECTION);
        assertThat(sections).isEqualTo(rows.get(0).line());
        assertThat(sum(rows, Form06Row.Kind.SECTOR)).as("all sector rows").isEqualTo(rows.get(0).line());
    }

    @Test
    void theDistrictsRowCountsNoneOfItsCommunesDossiersInAnySector() {
        List<Form06Row> rows = Form06Table.rows("X", ROLLED_UP, BY_SECTOR, CATALOGUE, DAY);

        // X's rolled-up A (1) is all C's, so X has no row of A; its B row is 5 − C's 3
        assertThat(rows).filteredOn(r -> r.kind() != Form06Row.Kind.SECTION).extracting(Form06Row::kind,
                Form06Row::code, r -> r.line().receivedTotal()).containsExactly(
                tuple(Form06Row.Kind.TOTAL, "", 6L),
                tuple(Form06Row.Kind.ORGANISATION, "X", 2L),
                tuple(Form06Row.Kind.SECTOR, "B", 2L),
                tuple(Form06Row.Kind.ORGANISATION, "C", 4L),
                tuple(Form06Row.Kind.SECTOR, "A", 1L),
                tuple(Form06Row.Kind.SECTOR, "B", 3L));
    }

    @Test
    void aSectorWithoutANameIsLabelledWithItsCode() {
        List<SectorStatistics> unnamed = BY_SECTOR.stream().map(s -> "A".equals(s.sectorCode())
                ? new SectorStatistics("A", null, s.statistics()) : s).toList();

        assertThat(Form06Table.rows("P", ROLLED_UP, unnamed, CATALOGUE, DAY))
                .filteredOn(r -> r.kind() == Form06Row.Kind.SECTOR && r.code().equals("A"))
                .extracting(Form06Row::label).containsOnly("A");
    }

    @Test
    void sectorsThatDoNotAddUpToTheStatisticsAreRefused() {
        List<SectorStatistics> missingOne = BY_SECTOR.subList(1, BY_SECTOR.size());

        assertThatThrownBy(() -> Form06Table.rows("P", ROLLED_UP, missingOne, CATALOGUE, DAY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sector rows of P")
                .hasMessageContaining("render the report again");
    }

    @Test
    void columnsFollowThePacketMapping() {
        PeriodStatistics s = new PeriodStatistics("P", MAY, "R2025.1", 20, 5, 15, 9, 12, 10, 4, 2, 8, 3);
        Form06Line line = Form06Line.of(s);

        assertThat(line.columns()).containsExactly(Map.entry("c3", 20L), Map.entry("c4", 9L), Map.entry("c5", 6L),
                Map.entry("c6", 5L), Map.entry("c7", 12L), Map.entry("c8", 4L), Map.entry("c9", 6L),
                Map.entry("c10", 2L), Map.entry("c11", 8L), Map.entry("c12", 5L), Map.entry("c13", 3L));
    }

    private static Form06Line sum(List<Form06Row> rows, Form06Row.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).map(Form06Row::line).reduce(Form06Line.ZERO,
                Form06Line::plus);
    }

    private static SectorStatistics sector(String org, String code, String name, long dossiers, long late) {
        return new SectorStatistics(code, name, solved(org, dossiers, late));
    }

    private static PeriodStatistics solved(String code, long dossiers, long late) {
        return new PeriodStatistics(code, MAY, "R2025.1", dossiers, 0, dossiers, 0, dossiers, dossiers - late, 0, late,
                0, 0);
    }
}
