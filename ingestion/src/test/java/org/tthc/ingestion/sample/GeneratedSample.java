package org.tthc.ingestion.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tthc.domain.catalogue.OrganisationsJson;
import org.tthc.domain.catalogue.ProceduresJson;
import org.tthc.domain.catalogue.SuccessionsJson;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.EventIds;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.procedure.Procedure;

/**
 * A generated directory read back with plain Jackson trees, independently of the platform's packet readers, and
 * mapped to the canonical records so the reference statistics can judge it.
 */
final class GeneratedSample {
    static final String SOURCE = "sample";
    private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final List<Organisation> organisations;
    final List<OrganisationSuccession> successions;
    final Map<String, Procedure> procedures = new LinkedHashMap<>();
    /** Every dossier record in file order (months in order), re-synced copies included. */
    final List<JsonNode> dossiers = new ArrayList<>();
    final List<JsonNode> events = new ArrayList<>();
    /** Every rating row of the {@code ratings-YYYY-MM.json} files. */
    final List<JsonNode> ratings = new ArrayList<>();

    private GeneratedSample(Path dir) {
        organisations = OrganisationsJson.read(dir.resolve(SampleGenerator.ORGANISATIONS_FILE));
        successions = SuccessionsJson.read(dir.resolve(SampleGenerator.SUCCESSIONS_FILE));
        ProceduresJson.read(dir.resolve(SampleGenerator.PROCEDURES_FILE)).forEach(p -> procedures.put(p.code(), p));
        for (Path file : files(dir, "dossiers-")) {
            data(file, "DongBoHoSoMC").forEach(dossiers::add);
        }
        for (Path file : files(dir, "progress-")) {
            data(file, "CapNhatTienDoHoSoMC").forEach(events::add);
        }
        for (Path file : files(dir, "ratings-")) {
            try {
                MAPPER.readTree(file.toFile()).get("ratings").forEach(ratings::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static GeneratedSample read(Path dir) {
        return new GeneratedSample(dir);
    }

    OrganisationCatalogue catalogue() {
        return new OrganisationCatalogue(organisations, successions);
    }

    /** The last record of each dossier code: the newest state. */
    Map<String, JsonNode> latestDossiers() {
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        dossiers.forEach(d -> latest.put(d.get("MaHoSo").asText(), d));
        return latest;
    }

    Map<String, List<JsonNode>> eventsByDossier() {
        Map<String, List<JsonNode>> byDossier = new LinkedHashMap<>();
        events.forEach(e -> byDossier.computeIfAbsent(e.get("MaHoSo").asText(), k -> new ArrayList<>()).add(e));
        return byDossier;
    }

    List<DossierRecord> records() {
        return dossiers.stream().map(GeneratedSample::record).toList();
    }

    List<DossierEvent> canonicalEvents() {
        return events.stream().map(GeneratedSample::event).toList();
    }

    static LocalDateTime time(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : LocalDateTime.parse(value.asText(), WIRE_TIME);
    }

    static DossierRecord record(JsonNode d) {
        List<SupplementRound> rounds = new ArrayList<>();
        JsonNode list = d.get("DanhSachHoSoBoSung");
        if (list != null) {
            list.forEach(r -> rounds.add(new SupplementRound(time(r, "NgayBoSung"), time(r, "NgayTiepNhanBoSung"),
                    time(r, "NgayHenTraTruoc"), time(r, "NgayHenTraMoi"))));
        }
        return new DossierRecord(SOURCE, d.get("MaHoSo").asText(), d.get("MaTTHC").asText(),
                d.get("TenTTHC").asText(), d.get("MaLinhVuc").asText(), d.get("TenLinhVuc").asText(),
                Channel.ofCode(d.get("KenhThucHien").asInt()).orElseThrow(),
                ApplicantType.ofCode(d.get("LoaiDoiTuong").asInt()).orElseThrow(), d.get("TrichYeuHoSo").asText(),
                d.get("MaDonViXuLy").asText(), d.get("DonViXuLy").asText(), time(d, "NgayTiepNhan"),
                time(d, "NgayHenTra"), StatusCode.of(d.get("TrangThaiHoSo").asInt()), time(d, "NgayKetThucXuLy"),
                time(d, "NgayTra"), rounds, null, null);
    }

    static DossierEvent event(JsonNode e) {
        String code = e.get("MaHoSo").asText();
        LocalDateTime at = time(e, "ThoiDiemXuLy");
        StatusCode status = StatusCode.of(e.get("TrangThai").asInt());
        String handler = e.get("NguoiXuLy").asText();
        String department = e.get("PhongBanXuLy").asText();
        String content = e.get("NoiDungXuLy").asText();
        return new DossierEvent(SOURCE, code, EventIds.of(SOURCE, code, at, status, handler, department, content), at,
                status, handler, e.get("ChucDanh").asText(), department, content, time(e, "NgayBatDau"),
                time(e, "NgayKetThucTheoQuyDinh"));
    }

    private static List<Path> files(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode data(Path file, String service) {
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (!service.equals(root.path("service").asText())) {
                throw new IllegalStateException(file + " is not a " + service + " request");
            }
            return root.get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
