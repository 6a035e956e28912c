package org.tthc.domain.packet;

import java.math.BigDecimal;

/**
 * The percentages of MStatistic and MVotes as read from outside: from 0 to 100 (the XSDs and JSON schemas say so) with
 * at most {@value #MAX_DECIMALS} decimals, so that a hostile {@code 1e999999} or {@code 1e-999999999} is refused by
 * name before anything expands it to its million digits (normalising or writing it as a plain decimal would).
 */
final class WirePercent {
    /** More than a double's digits ({@code 33.333333333333336}) that another system may send. */
    static final int MAX_DECIMALS = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WirePercent() {
    }

    /** {@code value}, or an {@link IllegalArgumentException} naming the packet and the field by its wire name. */
    static BigDecimal check(String packet, String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(packet + " " + field + " is " + value
                    + ", not a percentage from 0 to 100");
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException(packet + " " + field + " is " + value + ", a percentage with more than "
                    + MAX_DECIMALS + " decimals");
        }
        return value;
    }
}
