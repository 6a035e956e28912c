package org.tthc.domain.packet.dvcqg;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.tthc.domain.TthcTime;
import org.tthc.domain.packet.wire.RecordDelivery;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.domain.personal.PersonalFields;

/**
 * Streams DongBoHoSoMC and CapNhatTienDoHoSoMC files (reference.md §2.2) into canonical records, one record in
 * memory at a time, so files of any size can be read. Two forms are accepted: the envelope
 * {@code {"service":"DongBoHoSoMC","isUpdating":"True","data":[…]}} (keys in any order, {@code service} optional)
 * and a bare array {@code […]}. The kind is the envelope's {@code service} or the caller's (when both are given
 * they must agree), else what the first record that shows one has (see {@link DvcqgPacketKind#detect}).
 * <p>
 * Each record gives the visitor either a canonical record or one {@link org.tthc.domain.quality.RecordRejection}: its field is the first
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
 * changed the record. The applicant's personal data is never read into a canonical record: with a hasher, the ID
 * number (SoGiayToChuHoSo, else DinhDanhCHS[0].SoDinhDanh), phone and email reach the visitor as keyed hashes
 * ({@link PersonalFields#DVCQG}). Instances are thread-safe.
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
    private final ApplicantHasher hasher;

    /** A reader that reads no personal data (and removes it from quarantined payloads). */
    public DvcqgPacketReader(String sourceSystem, Clock clock) {
        this(sourceSystem, clock, null);
    }

    /**
     * @param sourceSystem the one-stop system the files come from; part of every record's identity
     * @param hasher       hashes the applicant's ID number, phone and email ({@link RecordVisitor#applicant}), or
     *                     null to read none
     */
    public DvcqgPacketReader(String sourceSystem, Clock clock, ApplicantHasher hasher) {
        this.sourceSystem = Objects.requireNonNull(sourceSystem, "sourceSystem");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = hasher;
        this.dossiers = new DossierRecordMapper(sourceSystem);
        this.events = new DossierEventMapper(sourceSystem);
    }

    /** Reads a file whose kind its envelope or records show. */
    public DvcqgReadSummary read(Path file, RecordVisitor visitor) {
        return read(file, null, visitor);
    }

    /** @param kind the kind the caller knows the file holds, or null to detect it */
    public DvcqgReadSummary read(Path file, DvcqgPacketKind kind, RecordVisitor visitor) {
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
    public DvcqgReadSummary read(InputStream in, String location, DvcqgPacketKind kind, RecordVisitor visitor) {
        LocalDateTime futureLimit = LocalDateTime.now(clock.withZone(TthcTime.ZONE)).plusDays(1);
        try (JsonParser parser = mapper.createParser(in)) {
            return new PacketFileRead(parser, location, kind, new Delivery(location, futureLimit, visitor)).read();
        } catch (CharConversionException e) {
            // Jackson guesses the encoding from the first four bytes; a guess that cannot be decoded is bad input
            throw new DvcqgFileException(location, -1, "is not JSON text in UTF-8, UTF-16 or UTF-32: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DVCQG input " + location, e);
        }
    }

    /** Maps each record of one read and hands the result to the visitor. */
    private final class Delivery implements PacketFileRead.RecordHandler {
        private final LocalDateTime futureLimit;
        private final RecordDelivery delivery;

        Delivery(String location, LocalDateTime futureLimit, RecordVisitor visitor) {
            this.futureLimit = futureLimit;
            this.delivery = new RecordDelivery(sourceSystem, location, "MaHoSo", PersonalFields.DVCQG, hasher,
                    mapper, visitor);
        }

        @Override
        public boolean handle(JsonNode node, DvcqgPacketKind kind, long position) {
            if (kind == null) {
                return delivery.reject(node, position, null, "the packet kind is unknown: the file names no service"
                        + " and the record has none of TrangThaiHoSo, NgayTiepNhan, ThoiDiemXuLy, TrangThai");
            }
            if (!node.isObject()) {
                return delivery.reject(node, position, null, "the record is not a JSON object");
            }
            return switch (kind) {
                case DOSSIER -> delivery.dossier(dossiers.map(node, futureLimit), node, position);
                case PROGRESS -> delivery.event(events.map(node, futureLimit), node, position);
            };
        }
    }
}
