package org.tthc.warehouse.query;

/**
 * An accepted analyst query that the engine could not finish: an unknown column, a type error, or the time limit.
 * The message is for the analyst; unlike {@link QueryRefusedException} the query itself was allowed.
 */
public class QueryFailedException extends RuntimeException {
    private final boolean timedOut;

    public QueryFailedException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** True when the query was stopped at the time limit. */
    public boolean timedOut() {
        return timedOut;
    }
}
