package org.tthc.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.portal.db.Tables.RATINGS;
import static org.tthc.portal.workflow.Office.APPLICANT;
import static org.tthc.portal.workflow.Office.DESK;
import static org.tthc.portal.workflow.Office.EXAMINER;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.portal.database.TestDatabase;
import org.tthc.portal.workflow.Actor;
import org.tthc.portal.workflow.Assignee;
import org.tthc.portal.workflow.Office;
import org.tthc.portal.workflow.WorkflowException;
import org.tthc.portal.workflow.WorkflowInputException;

class RatingServiceTest {
    @TempDir
    Path temporaryFolder;

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void aDossierIsRatedOnceAfterItsResultIsReturned(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            office.workflow.assign(code, DESK, Assignee.officer(EXAMINER.id()));
            office.workflow.forward(code, EXAMINER, Assignee.officer("ld.so"));
            office.workflow.forward(code, Actor.officer("ld.so"), Assignee.officer("vt.so"));
            office.workflow.finish(code, Actor.officer("vt.so"));

            assertThatThrownBy(() -> office.ratings.rate(code, APPLICANT, new Rating(1, 2, 2, 2, 2)))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessage("Dossier " + code + " is in status 9 (Đã xử lý xong): cannot RATE (Đánh giá việc giải"
                            + " quyết): not allowed from this status; allowed now: RETURN_RESULT");

            office.at("2025-03-06T10:00").workflow.returnResult(code, DESK);
            office.at("2025-03-06T10:05").ratings.rate(code, APPLICANT, new Rating(2, 2, null, 1, 0));

            var rating = office.dsl().selectFrom(RATINGS).fetchSingle();
            assertThat(rating.getOverall()).isEqualTo((short) 2);
            assertThat(rating.getIndicator_1()).isEqualTo((short) 2);
            assertThat(rating.getIndicator_3()).as("not answered").isNull();
            assertThat(rating.getIndicator_4()).isEqualTo((short) 1);
            assertThat(rating.getIndicator_7()).isEqualTo((short) 0);
            assertThat(rating.getRatedAt()).isEqualTo(LocalDateTime.parse("2025-03-06T10:05"));
            assertThatThrownBy(() -> office.ratings.rate(code, APPLICANT, new Rating(1, 2, 2, 2, 2)))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageEndingWith("it was already rated at 2025-03-06T10:05; a dossier is rated once");
            assertThat(office.dsl().fetchCount(RATINGS)).isOne();
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void scoresOutsideTheirScaleAreRefusedNamingTheField(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();

            assertThatThrownBy(() -> office.ratings.rate(code, APPLICANT, new Rating(0, null, null, null, null)))
                    .isInstanceOf(WorkflowInputException.class)
                    .hasMessage("Dossier " + code + ", overall '0': must be 1 (very satisfied), 2 (satisfied) or 3"
                            + " (not satisfied)");
            assertThatThrownBy(() -> office.ratings.rate(code, APPLICANT, new Rating(4, null, null, null, null)))
                    .isInstanceOf(WorkflowInputException.class).hasMessageContaining("overall '4'");
            assertThatThrownBy(() -> office.ratings.rate(code, APPLICANT, new Rating(1, 2, 3, 2, 2)))
                    .isInstanceOf(WorkflowInputException.class)
                    .hasMessage("Dossier " + code + ", indicator3 '3': a Circular 01/2018 indicator scores 0, 1 or 2"
                            + " (or is left unanswered)");
            assertThatThrownBy(() -> office.ratings.rate(code, APPLICANT, new Rating(1, 2, 2, 2, -1)))
                    .isInstanceOf(WorkflowInputException.class).hasMessageContaining("indicator7 '-1'");
            assertThat(office.dsl().fetchCount(RATINGS)).isZero();
        }
    }
}
