package org.tthc.warehouse.serviceindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tthc.warehouse.ClassPathText;
import org.tthc.warehouse.SafeYaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The Decision 766 groups and the indicators we compute, with their points and thresholds: data, read from
 * {@code decision-766.yaml} (statistics-rules §9: "groups, indicators, weights and thresholds are data").
 */
public record ServiceIndexModel(String version, List<Group> groups, List<Indicator> indicators) {
    static final String BUNDLED = "/org/tthc/warehouse/serviceindex/decision-766.yaml";

    /** A group of the Decision, numbered in the Decision's order, with its maximum points. */
    public record Group(int id, String name, BigDecimal maxPoints) {
    }

    /** An indicator we compute: its id (formula document numbering), group, measure, points and threshold (%). */
    public record Indicator(String id, int group, String name, Measure measure, BigDecimal points, BigDecimal threshold) {
    }

    public ServiceIndexModel {
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }

    /** The model shipped with the warehouse. */
    public static ServiceIndexModel bundled() {
        return parse(ClassPathText.read(ServiceIndexModel.class, BUNDLED), BUNDLED);
    }

    /** Reads and validates a model; {@code source} names the file in error messages. */
    public static ServiceIndexModel parse(String yaml, String source) {
        Object root;
        try {
            root = SafeYaml.load(yaml);
        } catch (YAMLException e) {
            throw invalid(source, "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw invalid(source, "expected a mapping with version, groups and indicators");
        }
        List<Group> groups = new ArrayList<>();
        for (Map<?, ?> g : list(top, "groups", source)) {
            groups.add(new Group(integer(g, "id", source), text(g, "name", source), number(g, "maxPoints", source)));
        }
        Set<Integer> groupIds = new HashSet<>();
        groups.forEach(g -> groupIds.add(g.id()));
        List<Indicator> indicators = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map<?, ?> i : list(top, "indicators", source)) {
            String id = text(i, "id", source);
            int group = integer(i, "group", source);
            if (!ids.add(id)) {
                throw invalid(source, "indicator " + id + " is listed twice");
            }
            if (!groupIds.contains(group)) {
                throw invalid(source, "indicator " + id + " names group " + group + ", which is not in groups");
            }
            Measure measure;
            try {
                measure = Measure.valueOf(text(i, "measure", source));
            } catch (IllegalArgumentException e) {
                throw invalid(source, "indicator " + id + ": unknown measure '" + i.get("measure") + "'; expected one of "
                        + List.of(Measure.values()));
            }
            BigDecimal threshold = number(i, "threshold", source);
            if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw invalid(source, "indicator " + id + ": threshold must be in (0, 100], was " + threshold);
            }
            indicators.add(new Indicator(id, group, text(i, "name", source), measure, number(i, "points", source),
                    threshold));
        }
        for (Group g : groups) {
            BigDecimal sum = indicators.stream().filter(i -> i.group() == g.id()).map(Indicator::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(g.maxPoints()) > 0) {
                throw invalid(source, "the indicators of group " + g.id() + " give " + sum + " points, more than its "
                        + g.maxPoints());
            }
        }
        return new ServiceIndexModel(text(top, "version", source), groups, indicators);
    }

    private static List<Map<?, ?>> list(Map<?, ?> map, String key, String source) {
        if (!(map.get(key) instanceof List<?> entries) || entries.isEmpty()) {
            throw invalid(source, "expected a non-empty list '" + key + "'");
        }
        List<Map<?, ?>> result = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> m)) {
                throw invalid(source, "every entry of '" + key + "' must be a mapping, found " + entry);
            }
            result.add(m);
        }
        return result;
    }

    private static String text(Map<?, ?> map, String key, String source) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw invalid(source, "missing '" + key + "' in " + map);
        }
        return value.toString();
    }

    private static int integer(Map<?, ?> map, String key, String source) {
        if (!(map.get(key) instanceof Integer value)) {
            throw invalid(source, "'" + key + "' must be a whole number in " + map);
        }
        return value;
    }

    private static BigDecimal number(Map<?, ?> map, String key, String source) {
        if (!(map.get(key) instanceof Number value)) {
            throw invalid(source, "'" + key + "' must be a number in " + map);
        }
        return new BigDecimal(value.toString());
    }

    private static IllegalArgumentException invalid(String source, String reason) {
        return new IllegalArgumentException("service index model " + source + ": " + reason);
    }
}
