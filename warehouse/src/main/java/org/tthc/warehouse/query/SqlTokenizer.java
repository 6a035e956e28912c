package org.tthc.warehouse.query;

import java.util.ArrayList;
import java.util.List;

import org.tthc.warehouse.query.SqlToken.Kind;

/**
 * Splits analyst SQL into tokens the way both Spark SQL and ClickHouse read it, and refuses text the two engines
 * would split differently. The danger this guards against is a quote or comment that one reader sees and the
 * other does not: everything after it would be code to the engine but text to the guard.
 *
 * <ul>
 * <li>Comments ({@code -- …}, {@code /* … *}{@code /} nested as both engines nest them, and ClickHouse's
 * {@code // …}, {@code # …}, {@code #!…}) are not tokens and are blanked out of {@link Result#runnableSql()}
 * (newlines kept, so positions and line numbers do not move). The engines therefore never see a comment, and
 * how each of them would have ended one no longer matters. Spark optimizer hints ({@code /*+ … *}{@code /}) are
 * comments too and disappear.</li>
 * <li>Single-quoted strings and double-quoted text take {@code \x} and doubled-quote escapes (both engines).
 * Backtick names take only doubled backticks in Spark but also backslash escapes in ClickHouse, so a backslash
 * inside backticks is refused; so is a backslash inside a Spark raw string {@code r'…'}, which ClickHouse would
 * read as an escape.</li>
 * <li>Outside quotes and comments only ASCII is allowed; Unicode spaces (copied from word processors) count as
 * spaces and become plain spaces in the runnable SQL. Control characters are refused everywhere.</li>
 * <li>A number run into letters ({@code 1from}) is refused: Spark and ClickHouse read it as one name, other
 * readers as a number and a keyword. Only the numeric suffixes of Spark ({@code 10L}, {@code 1.5D}, {@code 2BD},
 * …) and hexadecimal/binary literals ({@code 0x1F}, {@code 0b101}) are accepted.</li>
 * <li>{@code $} (ClickHouse heredocs and names), <code>{ }</code> (query parameters, maps), {@code @} and a
 * backslash outside quotes are refused.</li>
 * </ul>
 */
final class SqlTokenizer {
    /** Operators of two or three characters, longest first where one begins another. */
    private static final List<String> OPERATORS =
            List.of("<=>", "||", "|>", "->", "=>", "::", "<=", ">=", "<>", "!=", "==", "<<", ">>");
    private static final String SINGLE_CHARACTER_SYMBOLS = "()[],.;+-*/%=<>!|&^~:?";

    private final String sql;
    private final StringBuilder runnable;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int pos;

    /**
     * @param tokens      the tokens in order
     * @param runnableSql the SQL with every comment blanked out and Unicode spaces made plain; same length as the input
     */
    record Result(List<SqlToken> tokens, String runnableSql) {
    }

    private SqlTokenizer(String sql) {
        this.sql = sql;
        this.runnable = new StringBuilder(sql);
    }

    static Result tokenize(String sql) {
        SqlTokenizer tokenizer = new SqlTokenizer(sql);
        tokenizer.refuseControlCharacters();
        tokenizer.run();
        return new Result(List.copyOf(tokenizer.tokens), tokenizer.runnable.toString());
    }

    private void refuseControlCharacters() {
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
            if (Character.getType(c) == Character.CONTROL && !layout) {
                throw QueryRefusedException.at(String.format("U+%04X", (int) c), i,
                        "is a control character; queries may not contain control characters.");
            }
        }
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (startsWith("--") || startsWith("//") || startsWith("# ") || startsWith("#!")) {
                lineComment();
            } else if (startsWith("/*")) {
                blockComment();
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                pos++;
            } else if (c > 127 && Character.isSpaceChar(c)) {
                runnable.setCharAt(pos++, ' ');
            } else if (c == '\'') {
                quoted(Kind.STRING);
            } else if (c == '"') {
                quoted(Kind.QUOTED_NAME);
            } else if (c == '`') {
                backtickName();
            } else if ((c == 'r' || c == 'R') && pos + 1 < sql.length()
                    && (sql.charAt(pos + 1) == '\'' || sql.charAt(pos + 1) == '"')) {
                rawString();
            } else if (isWordStart(c)) {
                word();
            } else if (isDigit(c)) {
                number();
            } else {
                symbol(c);
            }
        }
    }

    private void lineComment() {
        int end = pos;
        while (end < sql.length() && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
            end++;
        }
        blank(pos, end);
        pos = end;
    }

    private void blockComment() {
        int start = pos;
        int depth = 0;
        do {
            if (startsWith("/*")) {
                depth++;
                pos += 2;
            } else if (startsWith("*/")) {
                depth--;
                pos += 2;
            } else if (pos >= sql.length()) {
                throw QueryRefusedException.at("/*", start, "opens a comment that is never closed with */.");
            } else {
                pos++;
            }
        } while (depth > 0);
        blank(start, pos);
    }

    /** Reads a quoted token: escapes are a backslash before any character, or a doubled quote. */
    private void quoted(Kind kind) {
        int tokenStart = pos;
        char quote = sql.charAt(pos);
        StringBuilder value = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= sql.length()) {
                throw unclosed(quote, tokenStart);
            }
            char c = sql.charAt(i);
            if (c == '\\' && i + 1 < sql.length()) {
                value.append(sql.charAt(i + 1));
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                value.append(quote);
                i += 2;
            } else if (c == quote) {
                break;
            } else {
                value.append(c);
                i++;
            }
        }
        pos = i + 1;
        tokens.add(new SqlToken(kind, sql.substring(tokenStart, pos), value.toString(), tokenStart));
    }

    private void backtickName() {
        int start = pos;
        int end = sql.indexOf('`', pos + 1);
        while (end >= 0 && end + 1 < sql.length() && sql.charAt(end + 1) == '`') {
            end = sql.indexOf('`', end + 2);
        }
        if (end < 0) {
            throw unclosed('`', start);
        }
        String inside = sql.substring(start + 1, end);
        if (inside.indexOf('\\') >= 0) {
            throw QueryRefusedException.at(sql.substring(start, end + 1), start, "holds a backslash, which Spark "
                    + "and ClickHouse read differently inside backticks; remove the backslash from the name.");
        }
        pos = end + 1;
        tokens.add(new SqlToken(Kind.QUOTED_NAME, sql.substring(start, pos), inside.replace("``", "`"), start));
    }

    /** Spark's raw string {@code r'…'}: no escapes at all; ClickHouse reads the same text as a name and a string. */
    private void rawString() {
        int start = pos;
        char quote = sql.charAt(pos + 1);
        int end = sql.indexOf(quote, pos + 2);
        if (end < 0) {
            throw unclosed(quote, start);
        }
        String inside = sql.substring(start + 2, end);
        if (inside.indexOf('\\') >= 0) {
            throw QueryRefusedException.at(sql.substring(start, end + 1), start, "is a raw string with a backslash, "
                    + "which Spark and ClickHouse read differently; write it as an ordinary string instead.");
        }
        pos = end + 1;
        tokens.add(new SqlToken(Kind.STRING, sql.substring(start, pos), inside, start));
    }

    private void word() {
        int start = pos;
        while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
            pos++;
        }
        String text = sql.substring(start, pos);
        tokens.add(new SqlToken(Kind.WORD, text, text, start));
    }

    private void number() {
        int start = pos;
        skipDigits();
        if (pos < sql.length() && sql.charAt(pos) == '.') {
            pos++;
            skipDigits();
        }
        if (pos + 1 < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int sign = sql.charAt(pos + 1) == '+' || sql.charAt(pos + 1) == '-' ? 1 : 0;
            if (pos + 1 + sign < sql.length() && isDigit(sql.charAt(pos + 1 + sign))) {
                pos += 1 + sign;
                skipDigits();
            }
        }
        int end = pos;
        while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
            pos++;
        }
        String text = sql.substring(start, pos);
        if (pos > end && !isNumberWithSuffix(text, sql.substring(end, pos))) {
            throw QueryRefusedException.at(text, start,
                    "runs a number into a word; put a space between the number and the word.");
        }
        tokens.add(new SqlToken(Kind.NUMBER, text, text, start));
    }

    private static boolean isNumberWithSuffix(String text, String suffix) {
        return text.matches("0[xX][0-9a-fA-F]+|0[bB][01]+")
                || suffix.matches("(?i)L|S|Y|F|D|BD") && text.indexOf('_') < 0;
    }

    private void symbol(char c) {
        for (String operator : OPERATORS) {
            if (startsWith(operator)) {
                tokens.add(new SqlToken(Kind.SYMBOL, operator, operator, pos));
                pos += operator.length();
                return;
            }
        }
        if (SINGLE_CHARACTER_SYMBOLS.indexOf(c) >= 0) {
            String text = String.valueOf(c);
            tokens.add(new SqlToken(Kind.SYMBOL, text, text, pos++));
            return;
        }
        int codePoint = sql.codePointAt(pos);
        String shown = new String(Character.toChars(codePoint));
        throw QueryRefusedException.at(shown, pos, switch (c) {
            case '#' -> "starts a comment only when a space or ! follows it ('# note'); otherwise it is not allowed.";
            case '$' -> "is not allowed outside quotes (ClickHouse reads it as the start of a text block).";
            case '{', '}' -> "is not allowed: query parameters and map literals are not supported; use map(…).";
            case '\\' -> "is not allowed outside quotes.";
            default -> codePoint > 127
                    ? String.format("(U+%04X) is not allowed outside quotes: write names in plain letters, "
                            + "digits and _, or put them in `backticks`, and text in 'single quotes'.", codePoint)
                    : "is not a character SQL uses here.";
        });
    }

    private void skipDigits() {
        while (pos < sql.length() && isDigit(sql.charAt(pos))) {
            pos++;
        }
    }

    private void blank(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = runnable.charAt(i);
            if (c != '\n' && c != '\r') {
                runnable.setCharAt(i, ' ');
            }
        }
    }

    private boolean startsWith(String text) {
        return sql.startsWith(text, pos);
    }

    private QueryRefusedException unclosed(char quote, int start) {
        String what = switch (quote) {
            case '\'' -> "a string";
            case '"' -> "a double-quoted name";
            default -> "a backtick name";
        };
        return QueryRefusedException.at(String.valueOf(quote), start, "opens " + what + " that is never closed.");
    }

    private static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
