package org.tthc.warehouse.query;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * How the parentheses and square brackets of one statement pair up. Building it refuses brackets that do not pair
 * and nesting deeper than {@link AnalystQueryGuard#MAX_NESTING_DEPTH} (parentheses, brackets and CASE … END
 * together: the engines' parsers recurse on each level).
 */
final class Brackets {
    /** For each bracket, the index of its partner; -1 for other tokens. */
    private final int[] partner;
    /** For each token, the index of the innermost open bracket around it; -1 at the top level. */
    private final int[] enclosing;
    private final int size;

    private Brackets(int size) {
        this.partner = new int[size];
        this.enclosing = new int[size];
        this.size = size;
        Arrays.fill(partner, -1);
    }

    static Brackets of(List<SqlToken> tokens) {
        Brackets brackets = new Brackets(tokens.size());
        Deque<Integer> open = new ArrayDeque<>();
        int caseDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            brackets.enclosing[i] = open.isEmpty() ? -1 : open.peek();
            if (token.isSymbol("(") || token.isSymbol("[")) {
                open.push(i);
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                String expected = token.isSymbol(")") ? "(" : "[";
                if (open.isEmpty() || !tokens.get(open.peek()).isSymbol(expected)) {
                    throw QueryRefusedException.at(token, "has no matching \"" + expected + "\".");
                }
                int opening = open.pop();
                brackets.partner[opening] = i;
                brackets.partner[i] = opening;
                brackets.enclosing[i] = open.isEmpty() ? -1 : open.peek();
            } else if (token.isWord("CASE")) {
                caseDepth++;
            } else if (token.isWord("END") && caseDepth > 0) {
                caseDepth--;
            }
            if (open.size() + caseDepth > AnalystQueryGuard.MAX_NESTING_DEPTH) {
                throw QueryRefusedException.at(token, "is nested more than " + AnalystQueryGuard.MAX_NESTING_DEPTH
                        + " levels deep in parentheses, brackets and CASE; simplify the query, for example with WITH.");
            }
        }
        if (!open.isEmpty()) {
            throw QueryRefusedException.at(tokens.get(open.peek()), "is never closed.");
        }
        return brackets;
    }

    /** The index of the bracket that pairs with the bracket at {@code i}; -1 when {@code i} is no bracket. */
    int partner(int i) {
        return partner[i];
    }

    /** The index of the innermost opening bracket around token {@code i}; -1 at the top level. */
    int enclosing(int i) {
        return enclosing[i];
    }

    /** The index of the bracket that closes the level token {@code i} is in, or the number of tokens at the top. */
    int endOfLevel(int i) {
        return enclosing[i] < 0 ? size : partner[enclosing[i]];
    }

    /** The index after token {@code i}, jumping over everything up to the partner when {@code i} opens a bracket. */
    int next(int i) {
        return partner[i] > i ? partner[i] + 1 : i + 1;
    }
}
