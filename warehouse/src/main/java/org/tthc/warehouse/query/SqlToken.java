package org.tthc.warehouse.query;

import java.util.List;
import java.util.Locale;

/**
 * One token of analyst SQL as {@link SqlTokenizer} reads it: comments and whitespace are not tokens.
 *
 * @param kind  what the token is
 * @param text  the token exactly as written, quotes included
 * @param value a word as written; a quoted name without its quotes and escapes; otherwise the text
 * @param start the offset of the token's first character in the SQL (0-based)
 */
record SqlToken(Kind kind, String text, String value, int start) {

    enum Kind {
        /** An unquoted word: a keyword, a name or a function name. */
        WORD,
        /** A name in double quotes or backticks (a string in Spark SQL when double-quoted). */
        QUOTED_NAME,
        /** A single-quoted string, raw strings ({@code r'…'}) included. */
        STRING,
        NUMBER,
        /** Punctuation ({@code ( ) [ ] , . ;}) or an operator ({@code +}, {@code ||}, {@code ->}, …). */
        SYMBOL
    }

    /** Whether this is the unquoted word {@code keyword}, in any letter case. */
    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this token can name something: a word or a quoted name. */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }

    /** The upper-cased word, for keyword look-ups; null for anything but an unquoted word. */
    String keyword() {
        return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : null;
    }

    /** Whether token {@code k} of {@code tokens} exists and is {@code symbol}. */
    static boolean symbolAt(List<SqlToken> tokens, int k, String symbol) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isSymbol(symbol);
    }

    /** Whether token {@code k} of {@code tokens} exists and is the unquoted word {@code keyword}. */
    static boolean wordAt(List<SqlToken> tokens, int k, String keyword) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isWord(keyword);
    }

    /** The 1-based character position analysts see in messages. */
    int position() {
        return start + 1;
    }
}
