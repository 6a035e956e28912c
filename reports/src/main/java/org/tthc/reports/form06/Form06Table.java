package org.tthc.reports.form06;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.statistics.PeriodStatistics;

/**
 * The rows of form 06 for one reporting organisation: the grand total (its own statistics, the statistics packet's
 * numbers), then one section per level — provincial departments, districts (only while districts exist, i.e. for
 * periods before 2025-07), communes, others — with its subtotal, then the organisations of the section.
 *
 * <p>The warehouse's statistics of an organisation include everything that rolls up to it; a row here shows an
 * organisation's own dossiers: its statistics minus those of its direct children, so that a district's row and
 * its communes' rows do not count a dossier twice and the sections add up exactly to the total. Dossiers handled by
 * the reporting organisation itself form the first section.
 */
public final class Form06Table {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

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

    private Form06Table() {
    }

    /**
     * @param root   the reporting organisation
     * @param byOrg  the period's statistics by organisation code (as reported), from the warehouse
     * @param day    the day whose organisation structure the statistics show (the period's as-of day)
     */
    public static List<Form06Row> rows(String root, Map<String, PeriodStatistics> byOrg,
                                       OrganisationCatalogue catalogue, LocalDate day) {
        Map<String, Organisation> members = new TreeMap<>();
        for (Organisation version : catalogue.versions()) {
            if (version.isValidOn(day) && !version.code().equals(root)
                    && catalogue.rollUp(version.code(), day).contains(root)) {
                members.put(version.code(), version);
            }
        }
        Form06Line total = line(root, byOrg);
        Map<Section, List<Form06Row>> sections = new EnumMap<>(Section.class);
        Form06Line own = total.minus(childrenSum(root, members, byOrg));
        if (!own.isZero()) {
            sections.computeIfAbsent(Section.REPORTING_UNIT, s -> new ArrayList<>())
                    .add(organisationRow(root, catalogue.nameOn(root, day), own));
        }
        for (Organisation member : members.values()) {
            Form06Line exclusive = line(member.code(), byOrg).minus(childrenSum(member.code(), members, byOrg));
            if (!exclusive.isZero()) {
                sections.computeIfAbsent(Section.of(member.kind()), s -> new ArrayList<>())
                        .add(organisationRow(member.code(), member.name(), exclusive));
            }
        }
        List<Form06Row> rows = new ArrayList<>();
        rows.add(new Form06Row(Form06Row.Kind.TOTAL, "", "Tổng cộng", "", total));
        int sectionNumber = 0;
        for (Map.Entry<Section, List<Form06Row>> section : sections.entrySet()) {
            Form06Line subtotal = section.getValue().stream().map(Form06Row::line)
                    .reduce(Form06Line.ZERO, Form06Line::plus);
            rows.add(new Form06Row(Form06Row.Kind.SECTION, ROMAN[sectionNumber++], section.getKey().title, "",
                    subtotal));
            int number = 1;
            for (Form06Row row : section.getValue()) {
                rows.add(new Form06Row(row.kind(), String.valueOf(number++), row.label(), row.code(), row.line()));
            }
        }
        return rows;
    }

    private static Form06Row organisationRow(String code, String name, Form06Line line) {
        return new Form06Row(Form06Row.Kind.ORGANISATION, "", name, code, line);
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
