package org.tthc.warehouse.query;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The first line of defence for analysts' ad-hoc SQL ({@code ./tthc sql}, {@code POST /api/query}), the same for
 * Spark SQL and ClickHouse: it reads the text with its own tokenizer ({@link SqlTokenizer}) and accepts only one
 * read-only query over the analyst views.
 *
 * <p>Accepted: exactly one statement (one trailing {@code ;} allowed) that starts with {@code SELECT} or
 * {@code WITH} (after optional parentheses), reads only the configured analyst views, names defined in its own
 * {@code WITH} clauses, subqueries and the row generators {@code numbers}, {@code zeros}, {@code range} and
 * {@code VALUES}, at most {@value #DEFAULT_MAX_SQL_LENGTH} characters long by default and nested at most
 * {@value #MAX_NESTING_DEPTH} levels deep. Refused wherever they appear unquoted: statements that
 * change data, tables or the session, {@code INTO OUTFILE}, {@code SETTINGS}, {@code FORMAT}, {@code EXPLAIN},
 * {@code TRANSFORM … USING 'script'}, functions that reach files, URLs, other databases or run code
 * ({@link RestrictedNames}), and any relation that is not an analyst view or a {@code WITH} name: {@code system.*},
 * {@code information_schema.*}, names with a database part, Spark's {@code parquet.`/path`}, unknown names.
 * Keywords inside strings, quoted names and comments are text and do not count. {@code docs/sql-guard.md} lists
 * the rules for analysts.
 *
 * <p>The guard is a filter on text, not a parser of two dialects; it refuses rather than guesses. What it relies on
 * from the engines:
 * <ul>
 * <li>Spark: {@link SparkQueryGuard} parses the accepted text with Spark's own parser and checks the plan before
 * anything runs; the session's names {@code dossier}, … resolve to the analyst views; the caller cancels the
 * query's job group when the time limit passes.</li>
 * <li>ClickHouse: the analyst user is read-only ({@code readonly=1}, so a query cannot change settings either),
 * has {@code max_execution_time}, {@code max_result_rows}/{@code result_overflow_mode}, {@code max_query_size}
 * and {@code max_ast_depth} set, is granted SELECT on the analyst views only, and its default database holds
 * nothing but those views (the guard cannot know how ClickHouse scopes a WITH name across a UNION).</li>
 * <li>Both: the analyst views expose personal data (names, identity numbers, phone numbers, addresses) only as
 * hashes; the guard checks which relations are read, not which columns.</li>
 * </ul>
 * Callers run {@link GuardedQuery#sql()}, wrapped by {@link #withRowLimit(String, int)}, never the original text.
 */
public final class AnalystQueryGuard {
    public static final int DEFAULT_MAX_SQL_LENGTH = 20_000;
    /** How deep parentheses, brackets and CASE expressions may nest (the engines' parsers recurse on each level). */
    public static final int MAX_NESTING_DEPTH = 64;

    private final SortedSet<String> analystViews;
    private final int maxSqlLength;

    /** A guard for queries over {@code analystViews} (plain names such as {@code dossier}) of the default length. */
    public AnalystQueryGuard(Collection<String> analystViews) {
        this(analystViews, DEFAULT_MAX_SQL_LENGTH);
    }

    public AnalystQueryGuard(Collection<String> analystViews, int maxSqlLength) {
        if (analystViews.isEmpty()) {
            throw new IllegalArgumentException("analystViews must name at least one view");
        }
        for (String view : analystViews) {
            if (!view.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("analyst view names are plain lower-case names: " + view);
            }
        }
        if (maxSqlLength < 1) {
            throw new IllegalArgumentException("maxSqlLength must be positive: " + maxSqlLength);
        }
        this.analystViews = Collections.unmodifiableSortedSet(new TreeSet<>(analystViews));
        this.maxSqlLength = maxSqlLength;
    }

    /** The views analysts may read, in alphabetical order. */
    public Set<String> analystViews() {
        return analystViews;
    }

    /**
     * The query ready to run, or a {@link QueryRefusedException} that says what was refused, at which character
     * and why.
     */
    public GuardedQuery check(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new QueryRefusedException("The query is empty.", null, 0);
        }
        if (sql.length() > maxSqlLength) {
            throw new QueryRefusedException(String.format("The query is %,d characters long; the limit is %,d. "
                    + "Shorten it, for example by naming a repeated part once in WITH.", sql.length(), maxSqlLength),
                    null, 0);
        }
        SqlTokenizer.Result read = SqlTokenizer.tokenize(sql);
        List<SqlToken> tokens = read.tokens();
        int end = statementEnd(tokens);
        if (end == 0) {
            throw new QueryRefusedException("The query is empty: it holds no statement, only comments or a \";\".",
                    null, 0);
        }
        StatementScan scan = new StatementScan(tokens.subList(0, end), analystViews);
        scan.run();
        int endOffset = end < tokens.size() ? tokens.get(end).start() : sql.length();
        return new GuardedQuery(read.runnableSql().substring(0, endOffset).stripTrailing(), scan.viewsRead(),
                scan.commonTableExpressionNames());
    }

    /**
     * {@code sql} (a {@link GuardedQuery#sql()}) as a query that returns at most {@code maxRows + 1} rows, so the
     * caller can show {@code maxRows} and say that the result was cut. The line breaks keep the query's own last
     * line apart from the closing parenthesis.
     */
    public static String withRowLimit(String sql, int maxRows) {
        if (maxRows < 1 || maxRows == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxRows must be between 1 and " + (Integer.MAX_VALUE - 1));
        }
        return "SELECT * FROM (\n" + sql + "\n) AS limited_result LIMIT " + (maxRows + 1);
    }

    /** The number of tokens of the one statement: all, or all but a final semicolon. */
    private static int statementEnd(List<SqlToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.isSymbol(";")) {
                if (i == tokens.size() - 1) {
                    return i;
                }
                throw QueryRefusedException.at(tokens.get(i + 1), "starts a second statement after the \";\" at "
                        + "character " + token.position() + "; only one statement can run at a time.");
            }
        }
        return tokens.size();
    }
}
