package org.tthc.reports.late;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.statistics.DossierDsl.apology;
import static org.tthc.domain.statistics.DossierDsl.dossier;
import static org.tthc.domain.statistics.DossierDsl.event;
import static org.tthc.domain.statistics.HandComputedCases.PROVINCE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.TthcTime;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.HandComputedCases;
import org.tthc.reports.data.LateDossier;
import org.tthc.reports.data.SparkReportData;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

/**
 * The late-dossiers report's apology column (Mẫu 04) on three dossiers pending overdue at the end of October 2025:
 * one the agency apologised for in October, one without an apology, one apologised for only in November.
 */
class LateDossierApologyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(TthcTime.ZONE).toInstant(),
            ZoneOffset.UTC);

    @Test
    void aLateDossierShowsTheApologyItsAgencyIssuedBeforeThePeriodsEnd(@TempDir Path root) {
        DeltaWarehouse warehouse = EmptyWarehouses.create(SparkSessions.sharedOrStart(SparkSettings.defaults()
                .withDataRoot(root)), root.resolve("warehouse"), CLOCK);
        warehouse.upsertOrganisations(HandComputedCases.PROVINCE_ONLY);
        IngestBatch batch = warehouse.openBatch("apologies");
        batch.addDossiers(List.of(
                pendingSinceOctober("H99-A1", "2025-10-01 08:00"),
                pendingSinceOctober("H99-B1", "2025-10-01 09:00"),
                pendingSinceOctober("H99-C1", "2025-10-01 10:00")));
        batch.addEvents(List.of(
                event("H99-A1", "2025-10-01 08:00", 4),
                apology("H99-A1", "2025-10-07 15:00", "2025-10-15 17:00"),
                event("H99-B1", "2025-10-01 09:00", 4),
                event("H99-C1", "2025-10-01 10:00", 4),
                apology("H99-C1", "2025-11-03 09:00", "2025-11-10 17:00")));
        batch.commit();

        List<LateDossier> late = new SparkReportData(warehouse, CLOCK)
                .lateDossiers(Period.month(2025, 10), TODAY).get(PROVINCE);

        assertThat(late).extracting(LateDossier::kind).containsOnly(LateDossier.Kind.PENDING_LATE);
        Map<String, Boolean> apologised = late.stream()
                .collect(Collectors.toMap(LateDossier::dossierCode, LateDossier::apologyIssued));
        assertThat(apologised).containsExactlyInAnyOrderEntriesOf(
                Map.of("H99-A1", true, "H99-B1", false, "H99-C1", false));
    }

    private static DossierRecord pendingSinceOctober(String code, String receivedAt) {
        return dossier(code).at(PROVINCE).receivedAt(receivedAt).due("2025-10-08 17:00").status(4).build();
    }
}
