package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.statistics.DossierDsl.dossier;

import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.DossierRecord;

class DossierVersionsTest {
    private static final DossierRecord ACCEPTED = dossier("H99-1").receivedAt("2025-10-02 09:00").status(2)
            .updatedAt("2025-10-02 09:00").build();
    private static final DossierRecord FINISHED = dossier("H99-1").receivedAt("2025-10-02 09:00").status(9)
            .finishedAt("2025-10-09 10:00").updatedAt("2025-10-09 10:00").build();

    @Test
    void newerVersionReplacesOlder() {
        assertThat(DossierVersions.replaces(FINISHED, ACCEPTED)).isTrue();
    }

    @Test
    void olderVersionNeverReplacesNewer() {
        assertThat(DossierVersions.replaces(ACCEPTED, FINISHED)).isFalse();
    }

    @Test
    void sameVersionSentAgainReplacesItselfWithNoChange() {
        assertThat(DossierVersions.replaces(FINISHED, FINISHED)).isTrue();
    }

    @Test
    void sourceUpdateTimeDecidesBeforeTheRecordsOwnTimes() {
        DossierRecord laterUpdateEarlierTimes = dossier("H99-1").receivedAt("2025-10-02 09:00").status(2)
                .updatedAt("2025-10-10 09:00").build();

        assertThat(DossierVersions.replaces(laterUpdateEarlierTimes, FINISHED)).isTrue();
    }

    @Test
    void withoutUpdateTimeTheLatestRecordTimeDecides() {
        DossierRecord accepted = dossier("H99-1").receivedAt("2025-10-02 09:00").status(2).build();
        DossierRecord finished = dossier("H99-1").receivedAt("2025-10-02 09:00").status(9)
                .finishedAt("2025-10-09 10:00").build();

        assertThat(DossierVersions.replaces(accepted, finished)).isFalse();
        assertThat(DossierVersions.replaces(finished, accepted)).isTrue();
    }

    @Test
    void versionWithUpdateTimeIsNewerThanOneWithout() {
        DossierRecord withoutUpdateTime = dossier("H99-1").receivedAt("2025-10-02 09:00").status(9)
                .finishedAt("2025-10-09 10:00").build();

        assertThat(DossierVersions.replaces(withoutUpdateTime, ACCEPTED)).isFalse();
    }
}
