package org.tthc.warehouse.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One pass over the tokens of a single statement for {@link AnalystQueryGuard}: brackets and nesting, the first
 * keyword, refused keywords and functions, and every place a relation is named.
 *
 * <p>A relation is named after {@code FROM}, after {@code JOIN} (not ClickHouse's {@code ARRAY JOIN}, which takes
 * arrays), after a comma inside a {@code FROM} clause, after {@code LATERAL}, after Spark's {@code TABLE}, and after
 * ClickHouse's {@code IN} when a bare name follows. Inside parentheses that follow such a place the contents are
 * relations again ({@code FROM (a JOIN b)}) unless they are a subquery. {@code FROM} inside
 * {@code EXTRACT(… FROM …)}, {@code TRIM}, {@code SUBSTRING} and {@code OVERLAY}, and in {@code IS [NOT] DISTINCT
 * FROM}, is an operator, not a clause. Where a name defined in {@code WITH} counts is {@link WithNames}' business.
 */
final class StatementScan {
    private static final Set<String> FROM_TAKING_FUNCTIONS = Set.of("EXTRACT", "TRIM", "SUBSTRING", "SUBSTR",
            "OVERLAY");
    /** Keywords after which a FROM clause is over: a comma no longer introduces a relation. */
    private static final Set<String> CLAUSES_AFTER_FROM = Set.of("WHERE", "PREWHERE", "GROUP", "HAVING", "QUALIFY",
            "WINDOW", "ORDER", "SORT", "CLUSTER", "DISTRIBUTE", "LIMIT", "OFFSET", "FETCH", "UNION", "INTERSECT",
            "EXCEPT", "MINUS", "SELECT");
    /** Keywords after which an expression starts: an IN right after one of them is a function call, not an operator. */
    private static final Set<String> EXPRESSION_STARTERS = Set.of("SELECT", "DISTINCT", "ALL", "WHERE", "PREWHERE",
            "HAVING", "QUALIFY", "AND", "OR", "NOT", "ON", "WHEN", "THEN", "ELSE", "BY", "CASE", "LIMIT", "OFFSET",
            "USING", "AS", "IS", "BETWEEN", "LIKE", "ILIKE", "IN", "EXISTS", "ANY", "SOME", "INTERVAL", "GLOBAL");
    private static final Set<String> FILE_FORMATS = Set.of("parquet", "csv", "json", "orc", "text", "delta",
            "avro", "binaryfile", "xml");

    private final List<SqlToken> tokens;
    private final Set<String> analystViews;
    private final Brackets brackets;
    private final WithNames withNames;
    private final Set<Integer> bracketsHoldingRelations = new HashSet<>();
    private final Set<String> viewsRead = new TreeSet<>();

    /** What the scan knows about the bracket level it is in. */
    private static final class Level {
        boolean inFromClause;
        /** After ARRAY JOIN or LATERAL VIEW commas separate arrays or column names, not relations. */
        boolean commasSeparateOtherThings;

        Level(boolean inFromClause) {
            this.inFromClause = inFromClause;
        }
    }

    /** Refuses unpaired or too deeply nested brackets at once; {@link #run()} checks the rest. */
    StatementScan(List<SqlToken> tokens, Set<String> analystViews) {
        this.tokens = tokens;
        this.analystViews = analystViews;
        this.brackets = Brackets.of(tokens);
        this.withNames = WithNames.of(tokens, brackets);
    }

    void run() {
        requireQueryStart();
        walk();
    }

    Set<String> viewsRead() {
        return viewsRead;
    }

    Set<String> commonTableExpressionNames() {
        return withNames.names();
    }

    private void requireQueryStart() {
        int first = 0;
        while (first < tokens.size() - 1 && tokens.get(first).isSymbol("(")) {
            first++;
        }
        SqlToken token = tokens.get(first);
        if (token.isWord("SELECT") || token.isWord("WITH")) {
            return;
        }
        String reason = token.kind() == SqlToken.Kind.WORD ? RestrictedNames.keywordReason(token.text()) : null;
        throw QueryRefusedException.at(token, reason != null ? reason
                : "starts the query, but a query must start with SELECT or WITH.");
    }

    private void walk() {
        Deque<Level> levels = new ArrayDeque<>();
        levels.push(new Level(false));
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            Level level = levels.peek();
            if (token.isSymbol("(") || token.isSymbol("[")) {
                levels.push(new Level(bracketsHoldingRelations.contains(i)));
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                levels.pop();
            } else if (token.isSymbol(",") && level.inFromClause && !level.commasSeparateOtherThings) {
                expectRelation(i + 1, token);
            } else if (token.isSymbol("|>")) {
                throw QueryRefusedException.at(token, "is Spark's pipe syntax, which is not supported here; "
                        + "write the query as SELECT … FROM ….");
            } else if (token.kind() == SqlToken.Kind.WORD) {
                word(i, token, level);
            }
            if (token.isName() && symbolAt(i + 1, "(")) {
                functionCall(i, token);
            }
        }
    }

    private void word(int i, SqlToken token, Level level) {
        String keyword = token.keyword();
        String reason = RestrictedNames.keywordReason(keyword);
        // format(…) is a ClickHouse function where an expression starts; after a relation or value it is the clause
        if (reason != null && !(keyword.equals("FORMAT") && symbolAt(i + 1, "(") && !followsOperand(i))) {
            throw QueryRefusedException.at(token, reason);
        }
        switch (keyword) {
            case "FROM" -> {
                if (isFromClause(i)) {
                    level.inFromClause = true;
                    level.commasSeparateOtherThings = false;
                    expectRelation(i + 1, token);
                }
            }
            case "JOIN" -> {
                boolean arrayJoin = wordAt(i - 1, "ARRAY");
                level.inFromClause = true;
                level.commasSeparateOtherThings = arrayJoin;
                if (!arrayJoin) {
                    expectRelation(i + 1, token);
                }
            }
            case "LATERAL" -> {
                if (wordAt(i + 1, "VIEW")) {
                    level.commasSeparateOtherThings = true;
                }
            }
            case "TABLE" -> expectRelation(i + 1, token);
            case "WITH" -> {
                if (i > 0 && !symbolAt(i - 1, "(") && symbolAt(i + 1, "(")) {
                    throw QueryRefusedException.at(token, "followed by parentheses after a relation sets table "
                            + "options (Spark's WITH ('path' = …)), which are not allowed.");
                }
            }
            case "IN" -> in(i, token);
            case "USING" -> {
                if (i + 1 < tokens.size() && (tokens.get(i + 1).kind() == SqlToken.Kind.STRING
                        || tokens.get(i + 1).kind() == SqlToken.Kind.QUOTED_NAME)) {
                    throw QueryRefusedException.at(token, "followed by text runs an external script (Spark's "
                            + "TRANSFORM … USING 'script'); this is not allowed.");
                }
            }
            default -> {
                if (CLAUSES_AFTER_FROM.contains(keyword)) {
                    level.inFromClause = false;
                }
            }
        }
    }

    private void functionCall(int i, SqlToken name) {
        String reason = RestrictedNames.functionReason(name.value());
        if (reason != null) {
            throw QueryRefusedException.at(name.text() + "(…)", name.start(), reason);
        }
        if (symbolAt(i - 1, ".") && i >= 2) {
            SqlToken qualifier = tokens.get(i - 2);
            throw QueryRefusedException.at(qualifier.text() + "." + name.text() + "(…)", qualifier.start(),
                    "names a function with a database or catalogue; call built-in functions by their plain name.");
        }
    }

    /**
     * ClickHouse reads a table after IN when a name follows, bare or alone in parentheses ({@code x IN t},
     * {@code x IN (t)}), and {@code in(x, t)} is its function form.
     */
    private void in(int i, SqlToken token) {
        if (isOperatorInsideFunction(i, Set.of("POSITION"))) {
            return;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).isName() && !symbolAt(i + 2, "(")) {
            expectRelation(i + 1, token);
        } else if (symbolAt(i + 1, "(") && !followsOperand(i)) {
            throw QueryRefusedException.at(token.text() + "(…)", token.start(), "is IN written as a function, "
                    + "which can read whole tables; write value IN (list or subquery) instead.");
        } else if (symbolAt(i + 1, "(")) {
            int open = i + 1;
            while (symbolAt(open + 1, "(") && brackets.partner(open + 1) == brackets.partner(open) - 1) {
                open++; // x IN ((t)) is x IN t as well
            }
            if (holdsOnlyAName(open)) {
                expectRelation(open + 1, token);
            }
        }
    }

    /** Whether the bracket at {@code open} holds nothing but a name, maybe qualified: {@code (t)}, {@code (db.t)}. */
    private boolean holdsOnlyAName(int open) {
        for (int k = open + 1; k < brackets.partner(open); k++) {
            boolean expectName = (k - open) % 2 == 1;
            if (expectName ? !tokens.get(k).isName() : !symbolAt(k, ".")) {
                return false;
            }
        }
        return (brackets.partner(open) - open) % 2 == 0;
    }

    /** Whether the keyword at i has a left operand (NOT and GLOBAL skipped: {@code x NOT IN (…)}). */
    private boolean followsOperand(int i) {
        int p = i - 1;
        while (p >= 0 && (tokens.get(p).isWord("NOT") || tokens.get(p).isWord("GLOBAL"))) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        SqlToken previous = tokens.get(p);
        return switch (previous.kind()) {
            case NUMBER, STRING, QUOTED_NAME -> true;
            case SYMBOL -> previous.isSymbol(")") || previous.isSymbol("]");
            case WORD -> !EXPRESSION_STARTERS.contains(previous.keyword());
        };
    }

    private boolean isFromClause(int i) {
        boolean distinctFrom = wordAt(i - 1, "DISTINCT")
                && (wordAt(i - 2, "IS") || wordAt(i - 2, "NOT") && wordAt(i - 3, "IS"));
        return !distinctFrom && !isOperatorInsideFunction(i, FROM_TAKING_FUNCTIONS);
    }

    /**
     * Whether the keyword at i sits directly inside a call of one of {@code functions} (EXTRACT(YEAR FROM d)) that
     * holds no query of its own at that level.
     */
    private boolean isOperatorInsideFunction(int i, Set<String> functions) {
        int open = brackets.enclosing(i);
        if (open < 1 || !symbolAt(open, "(") || tokens.get(open - 1).kind() != SqlToken.Kind.WORD
                || !functions.contains(tokens.get(open - 1).keyword())) {
            return false;
        }
        for (int k = open + 1; k < brackets.partner(open); k++) {
            if (brackets.enclosing(k) == open && (wordAt(k, "SELECT") || wordAt(k, "WITH") || wordAt(k, "TABLE"))) {
                return false;
            }
        }
        return true;
    }

    /** Checks the relation that {@code introducer} (FROM, JOIN, a comma, TABLE, IN) names at token j. */
    private void expectRelation(int j, SqlToken introducer) {
        if (j >= tokens.size()) {
            return; // the engine reports the incomplete query
        }
        SqlToken token = tokens.get(j);
        if (token.isWord("LATERAL")) {
            expectRelation(j + 1, token);
        } else if (token.isSymbol("(")) {
            if (!(wordAt(j + 1, "SELECT") || wordAt(j + 1, "WITH") || wordAt(j + 1, "FROM")
                    || wordAt(j + 1, "TABLE") || wordAt(j + 1, "VALUES"))) {
                bracketsHoldingRelations.add(j);
                expectRelation(j + 1, token);
            }
        } else if (token.isName() && symbolAt(j + 1, "(")) {
            String reason = RestrictedNames.functionReason(token.value());
            if (reason == null && !RestrictedNames.isAllowedTableFunction(token.value())) {
                reason = "is a table function; queries may read only the analyst views and the row generators "
                        + String.join(", ", RestrictedNames.allowedTableFunctions()) + ".";
            }
            if (reason != null) {
                throw QueryRefusedException.at(token.text() + "(…)", token.start(), reason);
            }
        } else if (token.isName()) {
            namedRelation(j, introducer);
        } else {
            throw QueryRefusedException.at(token, "cannot follow " + introducer.text().toUpperCase(Locale.ROOT)
                    + ": name an analyst view, a name defined in WITH, or a subquery in parentheses.");
        }
    }

    private void namedRelation(int j, SqlToken introducer) {
        List<SqlToken> parts = new ArrayList<>(List.of(tokens.get(j)));
        for (int k = j; symbolAt(k + 1, ".") && k + 2 < tokens.size() && tokens.get(k + 2).isName(); k += 2) {
            parts.add(tokens.get(k + 2));
        }
        SqlToken first = parts.get(0);
        String name = first.value();
        String problem;
        if (parts.size() > 1) {
            String database = name.toLowerCase(Locale.ROOT);
            problem = database.equals("system") || database.equals("information_schema")
                    ? "is a table of the engine's own catalogue"
                    : FILE_FORMATS.contains(database) ? "reads files directly"
                    : "names a table in another database or catalogue";
        } else if (withNames.isVisible(name, j)) {
            return;
        } else if (analystViews.contains(name)) {
            viewsRead.add(name);
            return;
        } else {
            problem = "is not an analyst view or a name defined earlier in WITH" + analystViews.stream()
                    .filter(view -> view.equalsIgnoreCase(name)).findFirst()
                    .map(view -> " (did you mean " + view + "?)").orElse("");
        }
        String afterIn = introducer.isWord("IN")
                ? " (after IN, ClickHouse reads a name as a table; to compare with a column, write = instead)" : "";
        String written = parts.stream().map(SqlToken::text).collect(Collectors.joining("."));
        throw QueryRefusedException.at(written, first.start(), problem + afterIn + "; " + viewsHint());
    }

    private String viewsHint() {
        return "queries may read only the analyst views " + String.join(", ", analystViews)
                + " and names defined in WITH.";
    }

    private boolean symbolAt(int k, String symbol) {
        return SqlToken.symbolAt(tokens, k, symbol);
    }

    private boolean wordAt(int k, String word) {
        return SqlToken.wordAt(tokens, k, word);
    }
}
