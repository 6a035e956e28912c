package org.tthc.api.cli;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;

/**
 * A province with one district, and four online dossiers the district received on 2–5 April 2025, due on the 26th and
 * still being processed: the small warehouse the command tests run their commands on.
 */
public final class AprilDossiers {
    public static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 4, 1, 8, 30);

    private AprilDossiers() {
    }

    public static void load(DeltaWarehouse delta, Organisation province, Organisation district, String batchId) {
        delta.upsertOrganisations(List.of(province, district));
        IngestBatch batch = delta.openBatch(batchId);
        List<DossierRecord> dossiers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            dossiers.add(new DossierRecord("portal-lite", district.code() + "-R-" + i, "1.001", "Thủ tục", "LV1",
                    "Lĩnh vực", Channel.ONLINE, null, "Hồ sơ " + i, district.code(), "Huyện", RECEIVED.plusDays(i),
                    RECEIVED.plusDays(25), StatusCode.PROCESSING, null, null, List.of(), null, RECEIVED.plusDays(i)));
        }
        batch.addDossiers(dossiers);
        batch.commit();
    }

    public static Organisation province(String code, String name) {
        return new Organisation(code, name, 1, OrganisationKind.PROVINCE, null, null, null);
    }

    public static Organisation district(String code, String name, String province) {
        return new Organisation(code, name, 2, OrganisationKind.DISTRICT, province, null, null);
    }
}
