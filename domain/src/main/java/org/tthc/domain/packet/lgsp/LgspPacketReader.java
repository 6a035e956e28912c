package org.tthc.domain.packet.lgsp;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.tthc.domain.TthcTime;
import org.tthc.domain.packet.wire.RecordDelivery;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.domain.personal.PersonalFields;

/**
 * Streams the 2018 LGSP packets MSyncDocument and MDocumentTraces (reference.md §2.1), in XML ({@link XmlRecords},
 * StAX, no DTDs) or JSON ({@link JsonRecords}, Jackson streaming), into the same canonical records as the DVCQG
 * reader, validated by the same rules ({@code org.tthc.domain.packet.wire}) and delivered the same way: one
 * canonical record or one rejection per record, a bad record never stopping the file. The format is the first
 * non-blank character: {@code <} XML, else JSON. Dates are {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} converted to
 * Asia/Ho_Chi_Minh; {@code 0000-00-00T…} means none. Event times later than now + 1 day are rejected as in the
 * future; DateAppointed and the supplements' appointments are not. With a hasher, ApplicantsId, Phone and Email
 * reach the visitor as keyed hashes ({@link PersonalFields#LGSP}). Instances are thread-safe.
 */
public final class LgspPacketReader {
    private static final int SNIFF_BYTES = 64 * 1024;

    private final String sourceSystem;
    private final Clock clock;
    private final ApplicantHasher hasher;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final DocumentMapper documents;
    private final TraceMapper traces;

    /** @param hasher hashes the applicant's identifying values, or null to read none */
    public LgspPacketReader(String sourceSystem, Clock clock, ApplicantHasher hasher) {
        this.sourceSystem = Objects.requireNonNull(sourceSystem, "sourceSystem");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = hasher;
        this.documents = new DocumentMapper(sourceSystem);
        this.traces = new TraceMapper(sourceSystem);
    }

    /**
     * Whether a file holds LGSP packets: any {@code .xml} file, or a JSON file whose first 64 KiB name an LGSP
     * packet or its dossier code field ({@code "DocCode"}), which no DVCQG packet has.
     */
    public static boolean isLgspFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xml")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return head.contains("\"DocCode\"") || head.contains("\"MSyncDocument\"")
                    || head.contains("\"MDocumentTraces\"");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public LgspReadSummary read(Path file, RecordVisitor visitor) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LGSP file " + file, e);
        }
    }

    /** @param location names the input in rejections and errors */
    public LgspReadSummary read(InputStream input, String location, RecordVisitor visitor) {
        LocalDateTime futureLimit = LocalDateTime.now(clock.withZone(TthcTime.ZONE)).plusDays(1);
        Delivery delivery = new Delivery(new RecordDelivery(sourceSystem, location, "DocCode", PersonalFields.LGSP,
                hasher, mapper, visitor), futureLimit);
        try (BufferedInputStream in = new BufferedInputStream(input)) {
            boolean xml = startsWithAngleBracket(in);
            long records;
            if (xml) {
                records = XmlRecords.read(in, location, delivery);
            } else {
                try (JsonParser parser = mapper.createParser(in)) {
                    records = new JsonRecords(parser, location, delivery).read();
                } catch (JsonProcessingException e) {
                    throw new LgspFileException(location, "is not valid JSON: " + e.getOriginalMessage(), e);
                } catch (CharConversionException e) {
                    // Jackson guesses UTF-16/32 from the first bytes; bytes that are no character there are bad input.
                    throw new LgspFileException(location, "is not JSON text in UTF-8, UTF-16 or UTF-32: "
                            + e.getMessage(), e);
                }
            }
            return new LgspReadSummary(location, xml ? "xml" : "json", delivery.kind, records, delivery.accepted,
                    records - delivery.accepted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LGSP input " + location, e);
        }
    }

    /** Peeks past a byte-order mark and white space. */
    private static boolean startsWithAngleBracket(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF);
        in.reset();
        return c == '<';
    }

    /** Maps each record and hands it on. */
    private final class Delivery implements RecordHandler {
        private final RecordDelivery delivery;
        private final LocalDateTime futureLimit;
        private LgspPacketKind kind;
        private long accepted;

        Delivery(RecordDelivery delivery, LocalDateTime futureLimit) {
            this.delivery = delivery;
            this.futureLimit = futureLimit;
        }

        @Override
        public void record(JsonNode record, LgspPacketKind recordKind, long position) {
            kind = kind == null ? recordKind : kind;
            boolean ok;
            if (recordKind == null) {
                ok = delivery.reject(record, position, null, "the packet kind is unknown: the file names no packet"
                        + " and the record has none of DateReceived, DocTypeCode, DateCreated");
            } else if (!record.isObject()) {
                ok = delivery.reject(record, position, null, "the record is not an object");
            } else {
                ok = switch (recordKind) {
                    case DOCUMENT -> delivery.dossier(documents.map(record, futureLimit), record, position);
                    case TRACE -> delivery.event(traces.map(record, futureLimit), record, position);
                };
            }
            if (ok) {
                accepted++;
            }
        }
    }
}
