package org.tthc.warehouse.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The names a statement defines in WITH ({@code WITH recent AS (SELECT …)}, {@code WITH t (a, b) AS (…)}) and where
 * each means its definition: from the end of the definition to the end of the parentheses around that WITH, as in
 * both engines. A definition cannot refer to itself, and a name defined inside a subquery is unknown outside it.
 * Names compare exactly (ClickHouse's names are case-sensitive). ClickHouse's {@code WITH expression AS name} defines
 * a value, not a relation, and is skipped.
 */
final class WithNames {
    private final List<Definition> definitions = new ArrayList<>();

    /** A name and the token range (visibleFrom, visibleUntil) in which it means its definition. */
    private record Definition(String name, int visibleFrom, int visibleUntil) {
    }

    static WithNames of(List<SqlToken> tokens, Brackets brackets) {
        WithNames names = new WithNames();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("WITH") && (i == 0 || SqlToken.symbolAt(tokens, i - 1, "("))) {
                names.collect(tokens, brackets, i);
            }
        }
        return names;
    }

    /** Whether {@code name} at token {@code at} means a definition of this statement. */
    boolean isVisible(String name, int at) {
        return definitions.stream()
                .anyMatch(definition -> definition.name().equals(name)
                        && definition.visibleFrom() < at && at < definition.visibleUntil());
    }

    Set<String> names() {
        return definitions.stream().map(Definition::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private void collect(List<SqlToken> tokens, Brackets brackets, int with) {
        int end = brackets.endOfLevel(with);
        int k = SqlToken.wordAt(tokens, with + 1, "RECURSIVE") ? with + 2 : with + 1;
        while (k < end) {
            SqlToken name = tokens.get(k);
            int as = SqlToken.symbolAt(tokens, k + 1, "(") ? brackets.partner(k + 1) + 1 : k + 1;
            if (name.isName() && SqlToken.wordAt(tokens, as, "AS") && SqlToken.symbolAt(tokens, as + 1, "(")) {
                int bodyEnd = brackets.partner(as + 1);
                definitions.add(new Definition(name.value(), bodyEnd, end));
                k = bodyEnd + 1;
            } else { // ClickHouse's expression AS name: up to the comma or SELECT at this level
                while (k < end && !(brackets.enclosing(k) == brackets.enclosing(with)
                        && (SqlToken.symbolAt(tokens, k, ",") || SqlToken.wordAt(tokens, k, "SELECT")))) {
                    k = brackets.next(k);
                }
            }
            if (!SqlToken.symbolAt(tokens, k, ",")) {
                return;
            }
            k++;
        }
    }
}
