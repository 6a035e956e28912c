package org.tthc.portal.rating;

import static org.tthc.portal.db.Tables.RATINGS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import org.jooq.DSLContext;
import org.tthc.domain.TthcTime;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.db.tables.records.DossiersRecord;
import org.tthc.portal.workflow.Actor;
import org.tthc.portal.workflow.WorkflowAction;
import org.tthc.portal.workflow.WorkflowException;
import org.tthc.portal.workflow.WorkflowInputException;
import org.tthc.portal.workflow.WorkflowTransactions;

/** Records the applicant's rating: only once the result is returned (status 10), once per dossier. */
public final class RatingService {
    private final PortalDatabase database;
    private final Clock clock;

    public RatingService(PortalDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void rate(String dossierCode, Actor actor, Rating rating) {
        validate(dossierCode, rating);
        LocalDateTime now = TthcTime.toSecond(LocalDateTime.now(clock.withZone(TthcTime.ZONE)));
        database.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            DossiersRecord dossier = WorkflowTransactions.lockForAction(tx, dossierCode, actor, WorkflowAction.RATE);
            LocalDateTime ratedBefore = tx.select(RATINGS.RATED_AT).from(RATINGS)
                    .where(RATINGS.DOSSIER_ID.eq(dossier.getId())).fetchOptional(RATINGS.RATED_AT).orElse(null);
            if (ratedBefore != null) {
                throw new WorkflowException(dossierCode, StatusCode.of(dossier.getStatus()), WorkflowAction.RATE,
                        "it was already rated at " + ratedBefore + "; a dossier is rated once");
            }
            tx.insertInto(RATINGS)
                    .set(RATINGS.DOSSIER_ID, dossier.getId())
                    .set(RATINGS.OVERALL, (short) rating.overall())
                    .set(RATINGS.INDICATOR_1, score(rating.indicator1()))
                    .set(RATINGS.INDICATOR_3, score(rating.indicator3()))
                    .set(RATINGS.INDICATOR_4, score(rating.indicator4()))
                    .set(RATINGS.INDICATOR_7, score(rating.indicator7()))
                    .set(RATINGS.RATED_AT, now)
                    .set(RATINGS.UPDATED_AT, now)
                    .execute();
        });
    }

    private static void validate(String dossierCode, Rating rating) {
        Objects.requireNonNull(rating, "rating");
        if (rating.overall() < 1 || rating.overall() > 3) {
            throw new WorkflowInputException(dossierCode, "overall", rating.overall(),
                    "must be 1 (very satisfied), 2 (satisfied) or 3 (not satisfied)");
        }
        indicator(dossierCode, "indicator1", rating.indicator1());
        indicator(dossierCode, "indicator3", rating.indicator3());
        indicator(dossierCode, "indicator4", rating.indicator4());
        indicator(dossierCode, "indicator7", rating.indicator7());
    }

    private static void indicator(String dossierCode, String field, Integer score) {
        if (score != null && (score < 0 || score > 2)) {
            throw new WorkflowInputException(dossierCode, field, score,
                    "a Circular 01/2018 indicator scores 0, 1 or 2 (or is left unanswered)");
        }
    }

    private static Short score(Integer score) {
        return score == null ? null : score.shortValue();
    }
}
