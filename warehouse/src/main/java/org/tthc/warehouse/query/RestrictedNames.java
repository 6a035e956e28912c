package org.tthc.warehouse.query;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The keywords and functions analyst SQL may not use, with the reason an analyst is told, and the few table
 * functions it may read from. Shared by {@link AnalystQueryGuard} (Spark SQL and ClickHouse names alike) and
 * {@link SparkQueryGuard}. All look-ups ignore letter case.
 */
final class RestrictedNames {
    private static final String CHANGES_DATA = "changes data; analyst queries only read data.";
    private static final String CHANGES_TABLES = "changes tables or views; analyst queries only read data.";
    private static final String CONTROLS_ENGINE = "controls the engine or the session; analyst queries only read data.";
    private static final String WRITES_ELSEWHERE =
            "would write the result somewhere else; results come back to you only.";
    private static final String OVERRIDES_LIMITS =
            "could override the row and time limits; settings cannot be changed.";
    private static final String CHOOSES_FORMAT = "is not needed: the service chooses the output format.";
    private static final String SHOWS_INTERNALS = "shows engine internals; only SELECT or WITH … SELECT queries run.";

    private static final String READS_FILES =
            "reads files, URLs or cloud storage; analyst queries read the analyst views only.";
    private static final String REACHES_TABLES = "reaches tables, databases or servers other than the analyst views.";
    private static final String RUNS_CODE = "runs code on the server.";
    private static final String STALLS = "only makes the engine wait.";
    private static final String INTROSPECTS = "inspects the server's memory or crashes it.";

    private static final Map<String, String> KEYWORDS = new HashMap<>();
    private static final Map<String, String> FUNCTIONS = new HashMap<>();
    /** Families of ClickHouse functions and table functions, by the start of their names. */
    private static final Map<String, String> FUNCTION_PREFIXES = Map.of(
            "dict", REACHES_TABLES,
            "xpath", READS_FILES,
            "iceberg", READS_FILES,
            "deltalake", READS_FILES,
            "hudi", READS_FILES,
            "paimon", READS_FILES,
            "azureblobstorage", READS_FILES);
    private static final Set<String> TABLE_FUNCTIONS = Set.of("numbers", "zeros", "range", "values");

    static {
        keywords(CHANGES_DATA, "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "TRUNCATE", "LOAD", "COPY");
        keywords(CHANGES_TABLES, "CREATE", "DROP", "ALTER", "RENAME", "ATTACH", "DETACH", "UNDROP", "EXCHANGE",
                "OPTIMIZE", "VACUUM", "RESTORE", "CONVERT", "CLONE", "REPAIR", "MSCK");
        keywords(CONTROLS_ENGINE, "SYSTEM", "KILL", "GRANT", "REVOKE", "SET", "RESET", "USE", "ADD", "CACHE",
                "UNCACHE", "REFRESH", "CALL", "EXECUTE", "DECLARE", "BACKUP", "WATCH", "ANALYZE");
        keywords(WRITES_ELSEWHERE, "INTO", "OUTFILE");
        keywords(OVERRIDES_LIMITS, "SETTINGS");
        keywords(CHOOSES_FORMAT, "FORMAT");
        keywords(SHOWS_INTERNALS, "EXPLAIN", "DESCRIBE", "SHOW");

        functions(READS_FILES, "file", "fileCluster", "url", "urlCluster", "s3", "s3Cluster", "gcs", "oss", "cosn",
                "hdfs", "hdfsCluster", "read_files", "input_file_name", "input_file_block_start",
                "input_file_block_length", "from_protobuf", "to_protobuf", "from_xml", "schema_of_xml",
                "catboostEvaluate", "modelEvaluate");
        functions(REACHES_TABLES, "remote", "remoteSecure", "cluster", "clusterAllReplicas", "mysql", "postgresql",
                "sqlite", "mongodb", "redis", "jdbc", "odbc", "hive", "merge", "dictionary", "joinGet",
                "joinGetOrNull", "hasColumnInTable", "input", "identifier", "loop", "mergeTreeIndex",
                "notIn", "globalIn", "globalNotIn", "nullIn", "notNullIn", "globalNullIn", "globalNotNullIn");
        functions(RUNS_CODE, "reflect", "java_method", "try_reflect", "executable", "executablePool");
        functions(STALLS, "sleep", "sleepEachRow");
        functions(INTROSPECTS, "trap", "addressToLine", "addressToLineWithInlines", "addressToSymbol", "demangle");
    }

    private RestrictedNames() {
    }

    /** Why the keyword {@code word} is refused wherever it appears unquoted, or null when it is not. */
    static String keywordReason(String word) {
        return KEYWORDS.get(word.toUpperCase(Locale.ROOT));
    }

    /** Why calling the function {@code name} is refused, or null when it is not. */
    static String functionReason(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String reason = FUNCTIONS.get(lower);
        if (reason != null) {
            return reason;
        }
        return FUNCTION_PREFIXES.entrySet().stream()
                .filter(prefix -> lower.startsWith(prefix.getKey()))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** Whether a query may read from the table function {@code name}: only generators of rows, no data. */
    static boolean isAllowedTableFunction(String name) {
        return TABLE_FUNCTIONS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The allowed table functions, for messages. */
    static List<String> allowedTableFunctions() {
        return List.of("numbers(…)", "zeros(…)", "range(…)", "VALUES");
    }

    private static void keywords(String reason, String... words) {
        for (String word : words) {
            KEYWORDS.put(word, reason);
        }
    }

    private static void functions(String reason, String... names) {
        for (String name : names) {
            FUNCTIONS.put(name.toLowerCase(Locale.ROOT), reason);
        }
    }
}
