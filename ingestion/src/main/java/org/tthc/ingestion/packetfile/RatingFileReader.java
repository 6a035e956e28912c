package org.tthc.ingestion.packetfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tthc.domain.TthcTime;
import org.tthc.domain.packet.wire.FieldProblem;
import org.tthc.domain.packet.wire.Mapped;
import org.tthc.domain.packet.wire.RecordDelivery;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.personal.PersonalFields;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.ingestion.portal.PortalRecords;

/**
 * Reads a rating file: a JSON object whose first field is {@code "ratings"}, an array of portal-lite rating rows
 * ({@code dossier_code}, {@code handling_org_code}, {@code rated_at} as {@code yyyyMMddHHmmss}, {@code overall} 1–3,
 * {@code indicator_1}, {@code indicator_3}, {@code indicator_4}, {@code indicator_7} 0–2 or absent,
 * {@code updated_at}), mapped with the portal pull's own checks ({@link PortalRecords#rating}). The sample generator
 * writes one per month ({@code ratings-YYYY-MM.json}); docs/cli.md shows the shape. Rows stream one at a time.
 */
final class RatingFileReader {
    /** Rating rows hold nothing personal: no field to hash or remove. */
    private static final PersonalFields NOTHING_PERSONAL = new PersonalFields(null, null, null, null, List.of());

    private final String sourceSystem;
    private final PortalRecords records;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    RatingFileReader(String sourceSystem, Clock clock) {
        this.sourceSystem = sourceSystem;
        this.records = new PortalRecords(sourceSystem);
        this.clock = clock;
    }

    /** Whether {@code file} is a rating file: a JSON object whose first field is {@code ratings}. */
    static boolean isRatingFile(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = new ObjectMapper().createParser(in)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && "ratings".equals(parser.currentName());
        } catch (IOException e) {
            return false; // not JSON at all: the packet readers say what is wrong with it
        }
    }

    /** Delivers every row as an accepted rating or a rejection (to {@code visitor}); returns the rows read. */
    long read(Path file, Consumer<RatingRecord> accepted, RecordVisitor visitor) {
        LocalDateTime futureLimit = LocalDateTime.now(clock.withZone(TthcTime.ZONE)).plusDays(1);
        RecordDelivery delivery = new RecordDelivery(sourceSystem, file.toString(), "dossier_code", NOTHING_PERSONAL,
                null, json, visitor);
        long position = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = json.createParser(in)) {
            parser.nextToken(); // {
            parser.nextToken(); // "ratings"
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(file + ": \"ratings\" must be an array of rating rows");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode row = json.readTree(parser);
                Mapped<RatingRecord> mapped = records.rating(row, futureLimit);
                if (mapped.isAccepted()) {
                    accepted.accept(mapped.value());
                } else {
                    delivery.reject(row, position, mapped.problems().get(0).field(),
                            String.join("; ", mapped.problems().stream().map(FieldProblem::reason).toList()));
                }
                position++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rating file " + file + ": " + e.getMessage(), e);
        }
        return position;
    }
}
