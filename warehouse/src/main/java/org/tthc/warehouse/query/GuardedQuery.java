package org.tthc.warehouse.query;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * An analyst query {@link AnalystQueryGuard} accepted, ready for an engine.
 *
 * @param sql                    the statement to run: the analyst's text with every comment blanked out (so
 *                               positions and line numbers still match what the analyst wrote), without the
 *                               trailing semicolon and trailing spaces. Run this text, never the original: the
 *                               guard's reading of comments is only guaranteed to be the engine's for this text.
 * @param views                  the analyst views the query reads, in alphabetical order
 * @param commonTableExpressions the names the query defines in WITH clauses, in alphabetical order
 */
public record GuardedQuery(String sql, Set<String> views, Set<String> commonTableExpressions) {
    public GuardedQuery {
        views = Collections.unmodifiableSortedSet(new TreeSet<>(views));
        commonTableExpressions = Collections.unmodifiableSortedSet(new TreeSet<>(commonTableExpressions));
    }
}
