package org.tthc.warehouse.quality;

/**
 * The two queries of a check for one engine, with placeholders ({@link Placeholders}) still in them.
 *
 * @param summary one row with a column {@code affected}
 * @param details the rows found, ordered, without LIMIT (the runner appends one)
 */
public record CheckSql(String summary, String details) {
}
