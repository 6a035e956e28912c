package org.tthc.warehouse.query;

import java.time.Duration;

/** How long an analyst's query may run and how many rows it may return. */
public record QueryLimits(Duration timeout, int maxRows) {
    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxRows < 1 || maxRows == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxRows must be between 1 and " + (Integer.MAX_VALUE - 1));
        }
    }
}
