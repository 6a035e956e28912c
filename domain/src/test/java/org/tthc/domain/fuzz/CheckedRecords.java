package org.tthc.domain.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.quality.RecordRejection;

/**
 * A visitor for the fuzz tests of the record readers (DVCQG, LGSP, CSV): checks each rejection as the readers
 * promise it (a reason a person can read, a position, the offending field named in the reason) and counts what
 * arrives, so the target can compare the counts with the reader's summary.
 */
public final class CheckedRecords implements RecordVisitor {
    private long accepted;
    private long rejected;

    @Override
    public void dossier(DossierRecord dossier) {
        assertThat(dossier).isNotNull();
        accepted++;
    }

    @Override
    public void event(DossierEvent event) {
        assertThat(event).isNotNull();
        accepted++;
    }

    @Override
    public void rejected(RecordRejection rejection) {
        HostileInput.assertClear(new IllegalArgumentException(rejection.reason()));
        assertThat(rejection.position()).as("position of %s", rejection).isNotNegative();
        if (rejection.field() != null) {
            assertThat(rejection.reason()).as("the reason names the offending field").contains(rejection.field());
        }
        rejected++;
    }

    public long accepted() {
        return accepted;
    }

    public long rejected() {
        return rejected;
    }

    public long records() {
        return accepted + rejected;
    }
}
