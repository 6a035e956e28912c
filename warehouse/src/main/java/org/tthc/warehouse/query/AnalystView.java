package org.tthc.warehouse.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SqlResource;

/**
 * One analyst view: its name, what it holds, and its SELECT over the warehouse tables, written once in
 * {@code analyst-views.sql} for both engines. The SELECT names each table as {@code silver.TABLE} or
 * {@code gold.TABLE};
 * {@link #select(java.util.function.Function)} puts an engine's location of the table there.
 */
public record AnalystView(String name, String description, String select) {
    private static final Pattern WAREHOUSE_TABLE = Pattern.compile("\\b(?:silver|gold)\\.([a-z_]+)\\b");
    private static final List<AnalystView> ALL = parse(SqlResource.load(AnalystView.class, "analyst-views.sql"));

    /** The views of {@code analyst-views.sql}, in the order listed there. */
    public static List<AnalystView> all() {
        return ALL;
    }

    /** The names of {@link #all()}. */
    public static List<String> names() {
        return ALL.stream().map(AnalystView::name).toList();
    }

    /** The SELECT with each {@code silver.TABLE} and {@code gold.TABLE} replaced by {@code location.apply(table)}. */
    public String select(java.util.function.Function<WarehouseTable, String> location) {
        Matcher matcher = WAREHOUSE_TABLE.matcher(select);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            WarehouseTable table = WarehouseTable.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT));
            matcher.appendReplacement(result, Matcher.quoteReplacement(location.apply(table)));
        }
        return matcher.appendTail(result).toString();
    }

    /** Blocks of {@code -- view: NAME}, description comment lines, then the SELECT up to its {@code ;}. */
    static List<AnalystView> parse(String text) {
        List<AnalystView> views = new ArrayList<>();
        String[] blocks = text.split("(?m)^-- view: ");
        for (int i = 1; i < blocks.length; i++) {
            List<String> lines = blocks[i].lines().toList();
            String name = lines.get(0).strip();
            StringBuilder description = new StringBuilder();
            StringBuilder select = new StringBuilder();
            for (String line : lines.subList(1, lines.size())) {
                if (select.isEmpty() && line.startsWith("--")) {
                    description.append(description.isEmpty() ? "" : " ").append(line.substring(2).strip());
                } else if (!line.isBlank()) {
                    select.append(select.isEmpty() ? "" : "\n").append(line);
                }
            }
            String sql = select.toString().strip();
            if (!sql.endsWith(";")) {
                throw new IllegalStateException("analyst view " + name + " does not end with ';'");
            }
            views.add(new AnalystView(name, description.toString(), sql.substring(0, sql.length() - 1).strip()));
        }
        return List.copyOf(views);
    }
}
