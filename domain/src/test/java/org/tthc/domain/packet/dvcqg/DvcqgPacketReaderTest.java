package org.tthc.domain.packet.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.CODE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.JSON;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.SOURCE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.bareArray;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.dossier;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.envelope;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.progress;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.read;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.reader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.packet.dvcqg.DvcqgFixtures.Collected;
import org.tthc.domain.personal.PersonalFields;
import org.tthc.domain.quality.RecordRejection;

class DvcqgPacketReaderTest {

    @Test
    void envelopeNamesTheKindAndWhetherItUpdates() {
        Collected collected = read(envelope("DongBoHoSoMC", dossier(), dossier().put("MaHoSo", "H49-251001-0002")));

        assertThat(collected.dossiers).extracting(d -> d.dossierCode()).containsExactly(CODE, "H49-251001-0002");
        assertThat(collected.summary).isEqualTo(new DvcqgReadSummary("inline.json", DvcqgPacketKind.DOSSIER,
                true, 2, 2, 0));
    }

    @Test
    void envelopeKeysMayComeInAnyOrder() {
        String json = "{\"data\":[" + progress() + "],\"extra\":{\"a\":[1,2]},\"isUpdating\":\"False\","
                + "\"service\":\"CapNhatTienDoHoSoMC\"}";

        Collected collected = read(json);

        assertThat(collected.events).hasSize(1);
        assertThat(collected.summary.kind()).isEqualTo(DvcqgPacketKind.PROGRESS);
        assertThat(collected.summary.updating()).isFalse();
    }

    @Test
    void envelopeWithoutServiceTakesTheKindFromItsFirstRecord() {
        Collected collected = read("{\"data\":[" + dossier() + "]}");

        assertThat(collected.dossiers).hasSize(1);
        assertThat(collected.summary.updating()).isNull();
    }

    @Test
    void bareArrayOfProgressRecordsIsDetected() {
        Collected collected = read(bareArray(progress(), progress().put("TrangThai", "9")));

        assertThat(collected.events).hasSize(2);
        assertThat(collected.summary.kind()).isEqualTo(DvcqgPacketKind.PROGRESS);
    }

    @Test
    void bareArrayOfDossiersIsDetected() {
        assertThat(read(bareArray(dossier())).dossiers).hasSize(1);
    }

    @Test
    void kindGivenByTheCallerReadsRecordsThatShowNone() {
        ObjectNode statusless = progress().without(List.of("TrangThai", "ThoiDiemXuLy"));

        Collected collected = read(bareArray(statusless), DvcqgPacketKind.PROGRESS);

        assertThat(collected.rejections).singleElement()
                .satisfies(r -> assertThat(r.field()).isEqualTo("ThoiDiemXuLy"));
    }

    @Test
    void recordsBeforeTheKindIsKnownAreRejectedAndTheRestRead() {
        Collected collected = read(bareArray(JSON.createObjectNode().put("MaHoSo", "X-1"), dossier()));

        assertThat(collected.rejections).singleElement().satisfies(r -> {
            assertThat(r.position()).isZero();
            assertThat(r.reason()).startsWith("the packet kind is unknown");
        });
        assertThat(collected.dossiers).hasSize(1);
    }

    @Test
    void rejectionCarriesLocationPositionKeyAndTheRecordAsReceivedWithoutPersonalData() {
        ObjectNode bad = dossier().put("NgayHenTra", "20251332");

        Collected collected = read(envelope("DongBoHoSoMC", dossier(), bad, dossier()));

        RecordRejection rejection = collected.rejections.get(0);
        assertThat(rejection.sourceSystem()).isEqualTo(SOURCE);
        assertThat(rejection.location()).isEqualTo("inline.json");
        assertThat(rejection.position()).isEqualTo(1);
        assertThat(rejection.recordKey()).isEqualTo(CODE);
        ObjectNode withoutPersonalData = bad.deepCopy();
        for (String field : List.of("ChuHoSo", "SoGiayToChuHoSo", "MaDoiTuong", "ThongTinKhac", "Email", "Fax",
                "SoDienThoai")) {
            withoutPersonalData.put(field, PersonalFields.REMOVED);
        }
        ((ObjectNode) withoutPersonalData.get("DinhDanhCHS").get(0)).put("SoDinhDanh", PersonalFields.REMOVED);
        assertThat(rejection.rawPayload()).isEqualTo(withoutPersonalData.toString());
        assertThat(collected.dossiers).hasSize(2);
        assertThat(collected.summary.rejected()).isEqualTo(1);
    }

    @Test
    void recordThatIsNotAnObjectIsRejected() {
        Collected collected = read("{\"service\":\"DongBoHoSoMC\",\"data\":[\"oops\", 42]}");

        assertThat(collected.rejections).extracting(RecordRejection::reason)
                .containsOnly("the record is not a JSON object");
        assertThat(collected.rejections).extracting(RecordRejection::rawPayload).containsExactly("\"oops\"", "42");
    }

    @Test
    void serviceContradictingTheCallersKindIsAnError() {
        assertThatThrownBy(() -> read(envelope("DongBoHoSoMC", dossier()), DvcqgPacketKind.PROGRESS))
                .isInstanceOf(DvcqgFileException.class)
                .hasMessageContaining("inline.json")
                .hasMessageContaining("contradicts");
    }

    @Test
    void unknownServiceIsAnError() {
        assertThatThrownBy(() -> read(envelope("LayThuTuc", dossier())))
                .isInstanceOf(DvcqgFileException.class)
                .hasMessageContaining("service 'LayThuTuc' is neither DongBoHoSoMC nor CapNhatTienDoHoSoMC");
    }

    @Test
    void envelopeWithoutDataIsAnError() {
        assertThatThrownBy(() -> read("{\"service\":\"DongBoHoSoMC\"}"))
                .isInstanceOf(DvcqgFileException.class)
                .hasMessageContaining("no \"data\" array");
    }

    @Test
    void truncatedFileEndsWithAnErrorNamingFileAndPosition(@TempDir Path dir) throws Exception {
        String whole = envelope("DongBoHoSoMC", dossier(), dossier(), dossier());
        Path file = dir.resolve("DongBoHoSoMC-20251015.json");
        Files.writeString(file, whole.substring(0, whole.length() - 60));
        Collected collected = new Collected();

        assertThatThrownBy(() -> reader().read(file, collected.records))
                .isInstanceOf(DvcqgFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("data record 2")
                .hasMessageContaining("not valid JSON")
                .satisfies(e -> assertThat(((DvcqgFileException) e).position()).isEqualTo(2));
        assertThat(collected.dossiers).hasSize(2);
    }
}
