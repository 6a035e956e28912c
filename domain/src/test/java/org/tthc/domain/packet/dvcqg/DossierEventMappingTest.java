package org.tthc.domain.packet.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.CODE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.SOURCE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.envelope;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.progress;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.read;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.EventIds;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.quality.RecordRejection;

class DossierEventMappingTest {

    @Test
    void progressRecordMapsToTheCanonicalEvent() {
        DossierEvent event = accepted(progress());

        assertThat(event.sourceSystem()).isEqualTo(SOURCE);
        assertThat(event.dossierCode()).isEqualTo(CODE);
        assertThat(event.occurredAt()).isEqualTo(LocalDateTime.of(2025, 10, 2, 14, 0));
        assertThat(event.status()).isEqualTo(StatusCode.PROCESSING);
        assertThat(event.handler()).isEqualTo("Trần Thị Bình");
        assertThat(event.handlerTitle()).isEqualTo("Chuyên viên");
        assertThat(event.department()).isEqualTo("Phòng Quản lý xây dựng");
        assertThat(event.content()).isEqualTo("Thẩm định hồ sơ");
        assertThat(event.stepStartedAt()).isEqualTo(LocalDateTime.of(2025, 10, 2, 8, 0));
        assertThat(event.stepDueAt()).isEqualTo(LocalDateTime.of(2025, 10, 8, 17, 0));
        assertThat(event.eventId()).isEqualTo(EventIds.of(SOURCE, CODE, LocalDateTime.of(2025, 10, 2, 14, 0),
                StatusCode.PROCESSING, "Trần Thị Bình", "Phòng Quản lý xây dựng", "Thẩm định hồ sơ"));
    }

    @Test
    void sameStepSentTwiceHasTheSameEventId() {
        DvcqgFixtures.Collected collected = read(envelope("CapNhatTienDoHoSoMC", progress(), progress()));

        assertThat(collected.events).hasSize(2);
        assertThat(collected.events.get(0).eventId()).isEqualTo(collected.events.get(1).eventId());
    }

    @Test
    void stepWithoutActionTimeIsRejected() {
        RecordRejection rejection = rejected(progress().without("ThoiDiemXuLy"));

        assertThat(rejection.field()).isEqualTo("ThoiDiemXuLy");
        assertThat(rejection.reason()).isEqualTo("ThoiDiemXuLy is missing");
    }

    @Test
    void stepWithUnknownStatusIsRejected() {
        RecordRejection rejection = rejected(progress().put("TrangThai", "12"));

        assertThat(rejection.field()).isEqualTo("TrangThai");
        assertThat(rejection.reason()).isEqualTo("TrangThai '12' is not a status code (1–10)");
    }

    @Test
    void stepWithoutDossierCodeIsRejected() {
        RecordRejection rejection = rejected(progress().put("MaHoSo", ""));

        assertThat(rejection.field()).isEqualTo("MaHoSo");
        assertThat(rejection.reason()).isEqualTo("MaHoSo is blank");
    }

    @Test
    void stepInTheFutureIsRejected() {
        RecordRejection rejection = rejected(progress().put("ThoiDiemXuLy", "20251120080000"));

        assertThat(rejection.field()).isEqualTo("ThoiDiemXuLy");
        assertThat(rejection.reason()).contains("is in the future");
    }

    @Test
    void overlongCommentIsRejected() {
        RecordRejection rejection = rejected(progress().put("NoiDungXuLy", "n".repeat(2500)));

        assertThat(rejection.field()).isEqualTo("NoiDungXuLy");
        assertThat(rejection.reason()).isEqualTo("NoiDungXuLy is 2500 characters long, more than 2000");
    }

    private static DossierEvent accepted(JsonNode record) {
        DvcqgFixtures.Collected collected = read(envelope("CapNhatTienDoHoSoMC", record));
        assertThat(collected.rejections).isEmpty();
        return collected.events.get(0);
    }

    private static RecordRejection rejected(JsonNode record) {
        DvcqgFixtures.Collected collected = read(envelope("CapNhatTienDoHoSoMC", record));
        assertThat(collected.events).isEmpty();
        return collected.rejections.get(0);
    }
}
