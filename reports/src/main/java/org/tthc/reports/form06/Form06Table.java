package org.tthc.reports.form06;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.SectorStatistics;

/**
 * The rows of form 06 for one reporting organisation: the grand total (its own statistics, the statistics packet's
 * numbers), then one section per level — provincial departments, districts (only while districts exist, i.e. for
 * periods before 2025-07), communes, others — with its subtotal, then the organisations of the section, each
 * followed by one row per sector (lĩnh vực) of its dossiers.
 *
 * <p>The warehouse's statistics of an organisation include everything that rolls up to it; a row here shows an
 * organisation's own dossiers: its statistics minus those of its direct children, so that a district's row and
 * its communes' rows do not count a dossier twice and the sections add up exactly to the total. Dossiers handled by
 * the reporting organisation itself form the first section. A sector row is the same subtraction within one sector,
 * so an organisation's sector rows add up exactly to its row; the table refuses statistics where they do not (the
 * split was read from other data than the statistics).
 */
public final class Form06Table {
    /** The label of the row of the dossiers whose record names no sector. */
    public static final String NO_SECTOR = "Chưa xác định lĩnh vực";

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};
    /** Sector codes in order, the dossiers without a sector (null) last. */
    private static final Comparator<String> SECTOR_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    /** The sections of the form in print order, by the kind of organisation. */
    enum Section {
        REPORTING_UNIT("Cơ quan, đơn vị chủ quản trực tiếp giải quyết"),
        DEPARTMENTS("Sở, ban, ngành"),
        DISTRICTS("Huyện, thị xã, thành phố"),
        COMMUNES("Xã, phường, thị trấn"),
        OTHERS("Cơ quan, đơn vị khác");

        final String title;

        Section(String title) {
            this.title = title;
        }

        static Section of(OrganisationKind kind) {
            return switch (kind) {
                case DEPARTMENT -> DEPARTMENTS;
                case DISTRICT -> DISTRICTS;
                case COMMUNE -> COMMUNES;
                default -> OTHERS;
            };
        }
    }

    /** One organisation's row and the rows of its sectors, numbered when the sections are laid out. */
    private record Block(Form06Row organisation, List<Form06Row> sectors) {
    }

    private Form06Table() {
    }

    /**
     * The rows without the sector rows: the total, the sections and the organisations.
     *
     * @param root   the reporting organisation
     * @param byOrg  the period's statistics by organisation code (as reported), from the warehouse
     * @param day    the day whose organisation structure the statistics show (the period's as-of day)
     */
    public static List<Form06Row> rows(String root, Map<String, PeriodStatistics> byOrg,
                                       OrganisationCatalogue catalogue, LocalDate day) {
        return rows(root, byOrg, null, catalogue, day);
    }

    /**
     * Every row of the form: the total, the sections, the organisations and, under each organisation, its sectors.
     *
     * @param bySector the same statistics split by sector ({@code ReportData.sectorStatistics}); each organisation's
     *                 entries must add up to its statistics in {@code byOrg}
     * @throws IllegalStateException when an organisation's sector rows do not add up to its row
     */
    public static List<Form06Row> rows(String root, Map<String, PeriodStatistics> byOrg,
                                       List<SectorStatistics> bySector, OrganisationCatalogue catalogue,
                                       LocalDate day) {
        Map<String, Organisation> members = new TreeMap<>();
        for (Organisation version : catalogue.versions()) {
            if (version.isValidOn(day) && !version.code().equals(root)
                    && catalogue.rollUp(version.code(), day).contains(root)) {
                members.put(version.code(), version);
            }
        }
        Map<String, Map<String, Form06Line>> sectorLines = bySector == null ? null : sectorLines(bySector);
        Map<String, String> sectorNames = bySector == null ? Map.of() : sectorNames(bySector);
        Form06Line total = line(root, byOrg);
        Map<Section, List<Block>> sections = new EnumMap<>(Section.class);
        Form06Line own = total.minus(childrenSum(root, members, byOrg));
        if (!own.isZero()) {
            sections.computeIfAbsent(Section.REPORTING_UNIT, s -> new ArrayList<>()).add(block(root,
                    catalogue.nameOn(root, day), own, members, sectorLines, sectorNames));
        }
        for (Organisation member : members.values()) {
            Form06Line exclusive = line(member.code(), byOrg).minus(childrenSum(member.code(), members, byOrg));
            if (!exclusive.isZero()) {
                sections.computeIfAbsent(Section.of(member.kind()), s -> new ArrayList<>()).add(block(member.code(),
                        member.name(), exclusive, members, sectorLines, sectorNames));
            }
        }
        List<Form06Row> rows = new ArrayList<>();
        rows.add(new Form06Row(Form06Row.Kind.TOTAL, "", "Tổng cộng", "", total));
        int sectionNumber = 0;
        for (Map.Entry<Section, List<Block>> section : sections.entrySet()) {
            Form06Line subtotal = section.getValue().stream().map(b -> b.organisation().line())
                    .reduce(Form06Line.ZERO, Form06Line::plus);
            rows.add(new Form06Row(Form06Row.Kind.SECTION, ROMAN[sectionNumber++], section.getKey().title, "",
                    subtotal));
            int number = 1;
            for (Block block : section.getValue()) {
                String organisationNumber = String.valueOf(number++);
                rows.add(block.organisation().numbered(organisationNumber));
                int sectorNumber = 1;
                for (Form06Row sector : block.sectors()) {
                    rows.add(sector.numbered(organisationNumber + "." + sectorNumber++));
                }
            }
        }
        return rows;
    }

    /** An organisation's row with its own dossiers {@code line}, and its sector rows when sectors are asked for. */
    private static Block block(String code, String name, Form06Line line, Map<String, Organisation> members,
                               Map<String, Map<String, Form06Line>> sectorLines, Map<String, String> sectorNames) {
        Form06Row organisation = new Form06Row(Form06Row.Kind.ORGANISATION, "", name, code, line);
        if (sectorLines == null) {
            return new Block(organisation, List.of());
        }
        Map<String, Form06Line> own = new TreeMap<>(SECTOR_ORDER);
        own.putAll(sectorLines.getOrDefault(code, Map.of()));
        members.values().stream().filter(m -> code.equals(m.parentCode()))
                .forEach(child -> sectorLines.getOrDefault(child.code(), Map.of()).forEach((sector, childLine) ->
                        own.merge(sector, Form06Line.ZERO.minus(childLine), Form06Line::plus)));
        List<Form06Row> sectors = new ArrayList<>();
        Form06Line sum = Form06Line.ZERO;
        for (Map.Entry<String, Form06Line> sector : own.entrySet()) {
            sum = sum.plus(sector.getValue());
            if (!sector.getValue().isZero()) {
                sectors.add(new Form06Row(Form06Row.Kind.SECTOR, "", sectorLabel(sector.getKey(), sectorNames),
                        sector.getKey() == null ? "" : sector.getKey(), sector.getValue()));
            }
        }
        if (!sum.equals(line)) {
            throw new IllegalStateException("form 06: the sector rows of " + code + " (" + name + ") add up to " + sum
                    + ", its row is " + line + "; the sector split was read from other data than the statistics"
                    + " (the warehouse changed in between?): render the report again");
        }
        return new Block(organisation, sectors);
    }

    private static String sectorLabel(String code, Map<String, String> names) {
        if (code == null) {
            return NO_SECTOR;
        }
        String name = names.get(code);
        return name == null || name.isBlank() ? code : name;
    }

    /** Rolled-up lines by organisation code, then sector code (null: no sector). */
    private static Map<String, Map<String, Form06Line>> sectorLines(List<SectorStatistics> bySector) {
        Map<String, Map<String, Form06Line>> lines = new HashMap<>();
        for (SectorStatistics s : bySector) {
            lines.computeIfAbsent(s.orgCode(), org -> new TreeMap<>(SECTOR_ORDER))
                    .merge(s.sectorCode(), Form06Line.of(s.statistics()), Form06Line::plus);
        }
        return lines;
    }

    private static Map<String, String> sectorNames(List<SectorStatistics> bySector) {
        Map<String, String> names = new HashMap<>();
        for (SectorStatistics s : bySector) {
            if (s.sectorCode() != null && s.sectorName() != null) {
                names.putIfAbsent(s.sectorCode(), s.sectorName());
            }
        }
        return names;
    }

    private static Form06Line childrenSum(String parent, Map<String, Organisation> members,
                                          Map<String, PeriodStatistics> byOrg) {
        return members.values().stream().filter(m -> parent.equals(m.parentCode()))
                .map(m -> line(m.code(), byOrg)).reduce(Form06Line.ZERO, Form06Line::plus);
    }

    private static Form06Line line(String code, Map<String, PeriodStatistics> byOrg) {
        PeriodStatistics statistics = byOrg.get(code);
        return statistics == null ? Form06Line.ZERO : Form06Line.of(statistics);
    }
}
