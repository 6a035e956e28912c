package org.tthc.reports.form06;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;

/** Form 06's rows: each organisation's own dossiers, sections that add up to the reporting organisation's total. */
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
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.TOTAL, "", "Tổng cộng", 10L, 2L),
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.SECTION, "I",
                        "Cơ quan, đơn vị chủ quản trực tiếp giải quyết", 1L, 0L),
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.ORGANISATION, "1", "UBND tỉnh", 1L, 0L),
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.SECTION, "II", "Sở, ban, ngành", 3L, 1L),
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.ORGANISATION, "1", "Sở Tư pháp", 3L, 1L),
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.SECTION, "III", "Huyện, thị xã, thành phố", 2L, 1L),
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.ORGANISATION, "1", "UBND huyện Đông", 2L, 1L),
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.SECTION, "IV", "Xã, phường, thị trấn", 4L, 0L),
                org.assertj.core.groups.Tuple.tuple(Form06Row.Kind.ORGANISATION, "1", "UBND xã Tây", 4L, 0L));
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

    @Test
    void columnsFollowThePacketMapping() {
        PeriodStatistics s = new PeriodStatistics("P", MAY, "R2025.1", 20, 5, 15, 9, 12, 10, 4, 2, 8, 3);
        Form06Line line = Form06Line.of(s);

        assertThat(line.columns()).containsExactly(Map.entry("c3", 20L), Map.entry("c4", 9L), Map.entry("c5", 6L),
                Map.entry("c6", 5L), Map.entry("c7", 12L), Map.entry("c8", 4L), Map.entry("c9", 6L),
                Map.entry("c10", 2L), Map.entry("c11", 8L), Map.entry("c12", 5L), Map.entry("c13", 3L));
    }

    private static PeriodStatistics solved(String code, long dossiers, long late) {
        return new PeriodStatistics(code, MAY, "R2025.1", dossiers, 0, dossiers, 0, dossiers, dossiers - late, 0, late,
                0, 0);
    }
}
