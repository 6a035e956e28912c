package org.tthc.portal.database;

import static org.tthc.portal.db.Sequences.CHANGE_SEQ;

import org.jooq.Field;

/**
 * The change counter that the ingestion pull reads: every table's {@code change_seq} comes from the one sequence
 * {@code change_seq}. Inserts get it from the column default; every update sets it with {@link #nextChangeSeq()}
 * (and {@code updated_at}), so a row changed after a pull has a higher value than any row read by it.
 */
public final class ChangeTracking {
    private ChangeTracking() {
    }

    /** The next value of {@code change_seq}, for the {@code set} of an update. */
    public static Field<Long> nextChangeSeq() {
        return CHANGE_SEQ.nextval();
    }
}
