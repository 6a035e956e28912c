package org.tthc.domain.packet.dvcqg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.tthc.domain.TthcTime;
import org.tthc.domain.quality.RecordRejection;

/**
 * Streams DongBoHoSoMC and CapNhatTienDoHoSoMC files (reference.md §2.2) into canonical records, one record in
 * memory at a time, so files of any size can be read. Two forms are accepted: the envelope
 * {@code {"service":"DongBoHoSoMC","isUpdating":"True","data":[…]}} (keys in any order, {@code service} optional)
 * and a bare array {@code […]}. The kind is the envelope's {@code service} or the caller's (when both are given
 * they must agree), else what the first record that shows one has (see {@link DvcqgPacketKind#detect}).
 * <p>
 * Each record gives the visitor either a canonical record or one {@link RecordRejection}: its field is the first
 * offending field and its reason lists every problem of the record; its raw payload is the record re-serialised
 * from its JSON tree. A bad record never stops the file; broken JSON does ({@link DvcqgFileException}).
 * Event times (receipt, end of processing, hand-over, supplement times, step times, NgayCapNhat) later than
 * now + 1 day, by the given clock in Asia/Ho_Chi_Minh, are rejected as in the future; appointment and deadline
 * fields (NgayHenTra, NgayHenTraTruoc, NgayHenTraMoi, NgayKetThucTheoQuyDinh) are not, since they are in the
 * future by nature.
 * <p>
 * Deployment extensions read when present (not in the national specification): {@code MaDonViXuLy}, the handling
 * organisation's code (without it, the unit code prefixing MaHoSo; neither is a rejection of MaHoSo),
 * {@code MaHoSoGoc}, the original dossier of an inter-agency copy, and {@code NgayCapNhat}, when the source last
 * changed the record. The applicant's personal data is never read into a canonical record. Instances are
 * thread-safe.
 */
public final class DvcqgPacketReader {
    private final String sourceSystem;
    private final Clock clock;
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private final DossierRecordMapper dossiers;
    private final DossierEventMapper events;

    /** @param sourceSystem the one-stop system the files come from; part of every record's identity */
    public DvcqgPacketReader(String sourceSystem, Clock clock) {
        this.sourceSystem = Objects.requireNonNull(sourceSystem, "sourceSystem");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dossiers = new DossierRecordMapper(sourceSystem);
        this.events = new DossierEventMapper(sourceSystem);
    }

    /** Reads a file whose kind its envelope or records show. */
    public DvcqgReadSummary read(Path file, DvcqgRecordVisitor visitor) {
        return read(file, null, visitor);
    }

    /** @param kind the kind the caller knows the file holds, or null to detect it */
    public DvcqgReadSummary read(Path file, DvcqgPacketKind kind, DvcqgRecordVisitor visitor) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), kind, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DVCQG file " + file, e);
        }
    }

    /**
     * @param location names the input in rejections and errors (a file path, an HTTP push id)
     * @param kind     the kind the caller knows the input holds, or null to detect it
     */
    public DvcqgReadSummary read(InputStream in, String location, DvcqgPacketKind kind, DvcqgRecordVisitor visitor) {
        LocalDateTime futureLimit = LocalDateTime.now(clock.withZone(TthcTime.ZONE)).plusDays(1);
        try (JsonParser parser = mapper.createParser(in)) {
            return new PacketFileRead(parser, location, kind, new Delivery(location, futureLimit, visitor)).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DVCQG input " + location, e);
        }
    }

    /** Maps each record of one read and hands the result to the visitor. */
    private final class Delivery implements PacketFileRead.RecordHandler {
        private final String location;
        private final LocalDateTime futureLimit;
        private final DvcqgRecordVisitor visitor;

        Delivery(String location, LocalDateTime futureLimit, DvcqgRecordVisitor visitor) {
            this.location = location;
            this.futureLimit = futureLimit;
            this.visitor = visitor;
        }

        @Override
        public boolean handle(JsonNode node, DvcqgPacketKind kind, long position) {
            if (kind == null) {
                return reject(node, position, null, "the packet kind is unknown: the file names no service and the"
                        + " record has none of TrangThaiHoSo, NgayTiepNhan, ThoiDiemXuLy, TrangThai");
            }
            if (!node.isObject()) {
                return reject(node, position, null, "the record is not a JSON object");
            }
            return switch (kind) {
                case DOSSIER -> deliver(dossiers.map(node, futureLimit), visitor::dossier, node, position);
                case PROGRESS -> deliver(events.map(node, futureLimit), visitor::event, node, position);
            };
        }

        private <T> boolean deliver(Mapped<T> mapped, Consumer<T> accept, JsonNode node, long position) {
            if (mapped.isAccepted()) {
                accept.accept(mapped.value());
                return true;
            }
            String reason = String.join("; ", mapped.problems().stream().map(FieldProblem::reason).toList());
            return reject(node, position, mapped.problems().get(0).field(), reason);
        }

        private boolean reject(JsonNode node, long position, String field, String reason) {
            visitor.rejected(new RecordRejection(sourceSystem, location, position, recordKey(node), field, reason,
                    raw(node)));
            return false;
        }
    }

    /** MaHoSo when it is readable text, cut to 100 characters. */
    private static String recordKey(JsonNode node) {
        JsonNode key = node.get("MaHoSo");
        if (key == null || !key.isValueNode() || key.isNull() || key.asText().isBlank()) {
            return null;
        }
        String text = key.asText().trim();
        return text.length() > DossierRecordMapper.MAX_CODE ? text.substring(0, DossierRecordMapper.MAX_CODE) : text;
    }

    private String raw(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
