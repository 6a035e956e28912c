package org.tthc.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.fuzz.HostileInput.assertClear;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.fuzz.HostileInput;

/**
 * Analysts' SQL (./tthc sql, POST /api/query) against the guard's own tokenizer: accepted, or refused with a
 * {@link QueryRefusedException} that points at the refused text; what it accepts, checked again, is accepted again
 * with the same views (the text the engines run is no more dangerous than the text that was checked). Pure Java:
 * no engine starts.
 */
public class AnalystQueryGuardFuzzTest {
    private final AnalystQueryGuard guard = new AnalystQueryGuard(AnalystQueryGuardTest.ANALYST_VIEWS);

    @FuzzTest
    public void checkAnalystQuery(byte[] data) {
        if (HostileInput.tooLarge(data)) {
            return;
        }
        String sql = HostileInput.text(data);
        GuardedQuery accepted;
        try {
            accepted = guard.check(sql);
        } catch (QueryRefusedException e) {
            assertClear(e);
            if (e.token() != null) {
                assertThat(e.position()).isBetween(1, sql.length());
                assertThat(e.getMessage()).contains(" at character " + e.position() + " ");
            }
            return;
        }
        GuardedQuery again = guard.check(accepted.sql());
        assertThat(again.views()).isEqualTo(accepted.views());
        assertThat(again.sql()).isEqualTo(accepted.sql());
    }
}
