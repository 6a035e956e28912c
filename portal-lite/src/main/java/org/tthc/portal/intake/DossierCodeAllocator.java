package org.tthc.portal.intake;

import static org.tthc.portal.db.Tables.DOSSIER_CODE_SEQUENCES;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.tthc.domain.dossier.DossierCodes;
import org.tthc.portal.database.ChangeTracking;

/**
 * Allocates dossier codes {@code {org code}-{yyMMdd}-{sequence}} ({@link DossierCodes}), the sequence counted per
 * organisation and receipt day from 1, four digits at least (the provincial-portal shape).
 * <p>
 * Atomic inside the caller's transaction: the increment is one {@code UPDATE} of the day's counter row, whose row
 * lock makes concurrent intakes of the same organisation and day wait for each other, so the sequence has neither
 * duplicates nor gaps (a rolled-back intake gives its number back). The day's first intake creates the row; when two
 * race for that, the loser sees the winner's row and increments it.
 */
final class DossierCodeAllocator {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int ATTEMPTS = 5;

    String next(DSLContext tx, String orgCode, LocalDate receiptDay, LocalDateTime now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Integer sequence = increment(tx, orgCode, receiptDay, now);
            if (sequence != null) {
                return format(orgCode, receiptDay, sequence);
            }
            if (createFirst(tx, orgCode, receiptDay, now)) {
                return format(orgCode, receiptDay, 1);
            }
        }
        throw new IllegalStateException("could not allocate a dossier code for " + orgCode + " on " + receiptDay
                + " after " + ATTEMPTS + " attempts");
    }

    static String format(String orgCode, LocalDate receiptDay, int sequence) {
        return orgCode + "-" + DAY.format(receiptDay) + "-" + String.format("%04d", sequence);
    }

    private static Integer increment(DSLContext tx, String orgCode, LocalDate receiptDay, LocalDateTime now) {
        int updated = tx.update(DOSSIER_CODE_SEQUENCES)
                .set(DOSSIER_CODE_SEQUENCES.LAST_SEQUENCE, DOSSIER_CODE_SEQUENCES.LAST_SEQUENCE.plus(1))
                .set(DOSSIER_CODE_SEQUENCES.UPDATED_AT, now)
                .set(DOSSIER_CODE_SEQUENCES.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                .where(DOSSIER_CODE_SEQUENCES.ORG_CODE.eq(orgCode))
                .and(DOSSIER_CODE_SEQUENCES.RECEIPT_DATE.eq(receiptDay))
                .execute();
        if (updated == 0) {
            return null;
        }
        return tx.select(DOSSIER_CODE_SEQUENCES.LAST_SEQUENCE)
                .from(DOSSIER_CODE_SEQUENCES)
                .where(DOSSIER_CODE_SEQUENCES.ORG_CODE.eq(orgCode))
                .and(DOSSIER_CODE_SEQUENCES.RECEIPT_DATE.eq(receiptDay))
                .fetchSingle(DOSSIER_CODE_SEQUENCES.LAST_SEQUENCE);
    }

    private static boolean createFirst(DSLContext tx, String orgCode, LocalDate receiptDay, LocalDateTime now) {
        try {
            // PostgreSQL: ON CONFLICT DO NOTHING waits for a concurrent creator and then inserts nothing.
            return tx.insertInto(DOSSIER_CODE_SEQUENCES)
                    .set(DOSSIER_CODE_SEQUENCES.ORG_CODE, orgCode)
                    .set(DOSSIER_CODE_SEQUENCES.RECEIPT_DATE, receiptDay)
                    .set(DOSSIER_CODE_SEQUENCES.LAST_SEQUENCE, 1)
                    .set(DOSSIER_CODE_SEQUENCES.UPDATED_AT, now)
                    .onConflictDoNothing()
                    .execute() == 1;
        } catch (IntegrityConstraintViolationException raceLost) {
            // H2: jOOQ emulates the statement with MERGE, which can still see the concurrent row's key as a
            // duplicate; H2 keeps the transaction usable after a failed statement, so the next increment wins.
            return false;
        }
    }
}
