package org.tthc.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.warehouse.quality.PlantedDossiers.CLOCK;
import static org.tthc.warehouse.quality.PlantedDossiers.OCTOBER;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.delta.WarehouseTable;

class QualityGateTest {
    private static final List<String> ERROR_CHECKS = List.of("missing-receive-date", "solved-without-end-date",
            "date-in-the-future", "ended-before-received", "inter-agency-copy-counted-twice");
    private static final Period NOVEMBER = Period.month(2025, 11);

    @TempDir
    static Path root;

    private static DeltaWarehouse warehouse;
    private static QualityGate gate;

    @BeforeAll
    static void plant() {
        warehouse = PlantedDossiers.planted(root);
        gate = QualityGate.spark(warehouse, CLOCK);
    }

    @Test
    void aPeriodWithErrorFindingsIsRefusedUntilEachIsOverriddenAndTheOverridesAreRecorded() {
        GateDecision refused = gate.check(OCTOBER);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusing()).extracting(CheckResult::checkId).containsExactlyElementsOf(ERROR_CHECKS);
        assertThat(refused.summary()).startsWith("period 2025-10: refused by missing-receive-date (2), ");

        for (String check : ERROR_CHECKS) {
            gate.override(OCTOBER, check, "Nguyễn Văn An", "Nguồn đã xác nhận; sửa trong kỳ sau");
        }
        GateDecision allowed = gate.check(OCTOBER);

        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.overridden()).extracting(CheckResult::checkId).containsExactlyElementsOf(ERROR_CHECKS);
        List<Row> recorded = warehouse.table(WarehouseTable.QUALITY_OVERRIDE)
                .where("period = '2025-10' AND check_id = 'inter-agency-copy-counted-twice'").collectAsList();
        assertThat(recorded).singleElement().satisfies(row -> {
            assertThat(row.<String>getAs("operator")).isEqualTo("Nguyễn Văn An");
            assertThat(row.<String>getAs("reason")).isEqualTo("Nguồn đã xác nhận; sửa trong kỳ sau");
            assertThat(row.<Long>getAs("affected")).isEqualTo(3);
            assertThat(row.<LocalDateTime>getAs("overridden_at")).isEqualTo(LocalDateTime.of(2025, 11, 15, 10, 0));
        });
        // every decision rests on a stored run over the period
        assertThat(warehouse.table(WarehouseTable.QUALITY_RESULT)
                .where("run_id = '" + allowed.run().runId() + "' AND scope = '2025-10'").count())
                .isEqualTo(PlantedDossiers.PLANTED.size());
    }

    @Test
    void anOverrideCoversTheCountItWasGivenForNotMoreRowsFoundLater() {
        ingest(dossier("H99-N1"));
        gate.override(NOVEMBER, "ended-before-received", "Trần Thị Bình", "một hồ sơ, đã báo nguồn");
        // (November is refused anyway: the dossier with no date at all and the one received in 2052 are in every period)
        assertThat(gate.check(NOVEMBER).overridden()).extracting(CheckResult::checkId)
                .containsExactly("ended-before-received");

        ingest(dossier("H99-N2"));
        GateDecision again = gate.check(NOVEMBER);

        assertThat(again.overridden()).isEmpty();
        assertThat(again.refusing()).filteredOn(r -> r.checkId().equals("ended-before-received"))
                .singleElement().extracting(CheckResult::affected).isEqualTo(2L);
    }

    @Test
    void onlyACurrentErrorFindingCanBeOverriddenAndOnlyWithOperatorAndReason() {
        assertThatThrownBy(() -> gate.override(OCTOBER, "due-on-non-working-day", "An", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a warning; only error findings stop a period");
        assertThatThrownBy(() -> gate.override(Period.month(2025, 9), "ended-before-received", "An", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("check 'ended-before-received' finds nothing in period 2025-09; there is nothing to override");
        assertThatThrownBy(() -> gate.override(OCTOBER, "no-such-check", "An", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown check 'no-such-check'");
        assertThatThrownBy(() -> gate.override(OCTOBER, "ended-before-received", " ", "x"))
                .hasMessage("an override needs the operator's name");
        assertThatThrownBy(() -> gate.override(OCTOBER, "ended-before-received", "An", ""))
                .hasMessage("an override needs a reason");
    }

    /** Ended an hour before it was received, in November. */
    private static DossierRecord dossier(String code) {
        LocalDateTime received = LocalDateTime.of(2025, 11, 3, 10, 0);
        return new DossierRecord(PlantedDossiers.PORTAL, code, PlantedDossiers.LEVEL_4, null, null, null, null, null,
                null, PlantedDossiers.DEPARTMENT, null, received, received.plusDays(2), StatusCode.FINISHED,
                received.minusHours(1), null, List.of(), null, null);
    }

    private static void ingest(DossierRecord record) {
        IngestBatch batch = warehouse.openBatch("november-" + record.dossierCode());
        batch.addDossiers(List.of(record));
        batch.commit();
    }
}
