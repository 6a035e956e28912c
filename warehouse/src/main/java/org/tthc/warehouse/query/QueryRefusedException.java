package org.tthc.warehouse.query;

/**
 * An analyst query the guards will not run. The message says, in words an analyst understands, what was refused,
 * where and why, e.g. {@code "DROP" at character 24 changes tables; analyst queries only read data.}; the
 * refused token and its position are also available for user interfaces that underline it.
 */
public class QueryRefusedException extends RuntimeException {
    private static final int SHOWN_TOKEN_LENGTH = 60;

    private final String token;
    private final int position;

    /**
     * @param message  the whole message for the analyst
     * @param token    the refused text as written, or null when the query as a whole is refused
     * @param position the 1-based character position of {@code token}, or 0 when there is none
     */
    public QueryRefusedException(String message, String token, int position) {
        super(message);
        this.token = token;
        this.position = position;
    }

    /** A refusal of {@code token}, which starts at the 0-based {@code offset}: "{token}" at character N {reason}. */
    static QueryRefusedException at(String token, int offset, String reason) {
        return new QueryRefusedException(quote(token) + " at character " + (offset + 1) + " " + reason, token,
                offset + 1);
    }

    static QueryRefusedException at(SqlToken token, String reason) {
        return at(token.text(), token.start(), reason);
    }

    /** {@code text} in double quotes, shortened when long so that a message stays readable. */
    static String quote(String text) {
        String shown = text.length() <= SHOWN_TOKEN_LENGTH ? text : text.substring(0, SHOWN_TOKEN_LENGTH) + "…";
        return '"' + shown + '"';
    }

    /** The refused text as written, or null when the query as a whole was refused. */
    public String token() {
        return token;
    }

    /** The 1-based character position of the refused text, or 0 when the query as a whole was refused. */
    public int position() {
        return position;
    }
}
