package org.tthc.ingestion.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tthc.domain.TthcTime;
import org.tthc.domain.packet.wire.RecordDelivery;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.personal.ApplicantHasher;

/**
 * Streams a CSV export of another one-stop system (UTF-8, a header row, an optional byte-order mark) row by row
 * into canonical dossier records through a {@link CsvMapping}, delivering each to a {@link RecordVisitor} like the
 * packet readers do. A rejection's position is the row's line number in the file (the header is line 1), its field
 * the CSV column, its raw payload the row as JSON with personal data hashed or removed. A file whose header lacks a
 * mapped column or has one twice, or that is not UTF-8, fails whole ({@link CsvFileException}).
 */
public final class CsvDossierReader {
    private final String sourceSystem;
    private final Clock clock;
    private final CsvMapping mapping;
    private final ApplicantHasher hasher;
    private final CsvDossierMapper mapper;
    private final JsonMapper json = JsonMapper.builder().build();

    public CsvDossierReader(String sourceSystem, Clock clock, CsvMapping mapping, ApplicantHasher hasher) {
        this.sourceSystem = Objects.requireNonNull(sourceSystem, "sourceSystem");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.hasher = hasher;
        this.mapper = new CsvDossierMapper(sourceSystem, mapping);
    }

    /** Reads every row; returns the number of rows read. */
    public long read(Path file, RecordVisitor visitor) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), visitor);
        } catch (IOException e) {
            throw new CsvFileException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads every row of {@code in}, closing it at the end; returns the number of rows read.
     *
     * @param location names the input in rejections and errors (a file path)
     */
    public long read(InputStream in, String location, RecordVisitor visitor) {
        LocalDateTime futureLimit = LocalDateTime.now(clock.withZone(TthcTime.ZONE)).plusDays(1);
        RecordDelivery delivery = new RecordDelivery(sourceSystem, location, mapping.column(CanonicalField.DOSSIER_CODE),
                mapping.personalFields(), hasher, json, visitor);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(mapping.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true).get();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
             CSVParser parser = CSVParser.builder().setReader(skipByteOrderMark(reader)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = new java.util.ArrayList<>();
            for (CanonicalField field : CanonicalField.values()) {
                String column = mapping.column(field);
                if (column != null && !header.contains(column)) {
                    missing.add("'" + column + "' (mapped to " + field.mappingName() + ")");
                }
            }
            if (!missing.isEmpty()) {
                throw new CsvFileException(location, "the header has no column " + String.join(", ", missing)
                        + "; it has: " + String.join(", ", header));
            }
            List<String> repeated = new java.util.ArrayList<>();
            for (CanonicalField field : CanonicalField.values()) {
                String column = mapping.column(field);
                if (column != null && java.util.Collections.frequency(header, column) > 1) {
                    repeated.add("'" + column + "' (mapped to " + field.mappingName() + ")");
                }
            }
            if (!repeated.isEmpty()) {
                // rows are read by header name: the last of the columns would win, silently
                throw new CsvFileException(location, "the header has column " + String.join(", ", repeated)
                        + " more than once; rename or remove the copies");
            }
            Iterator<CSVRecord> rows = parser.iterator();
            long read = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!rows.hasNext()) {
                    return read;
                }
                CSVRecord row = rows.next();
                read++;
                ObjectNode node = asObject(header, row);
                if (!row.isConsistent()) {
                    delivery.reject(node, line, null, "the row has " + row.size() + " columns, the header "
                            + header.size());
                } else {
                    delivery.dossier(mapper.map(node, futureLimit), node, line);
                }
            }
        } catch (CharacterCodingException e) {
            throw new CsvFileException(location, "is not UTF-8 (" + e.getMessage() + "); export it as UTF-8");
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new CsvFileException(location, "is not UTF-8; export it as UTF-8");
            }
            throw new CsvFileException(location, "cannot be read as CSV: " + cause.getMessage());
        }
    }

    /**
     * Maps one row already read, as quarantine stores it (the row as a JSON object of column to value), through the
     * current mapping: how {@code ./tthc quarantine retry} re-reads a CSV record after the mapping is fixed.
     */
    public void readRow(ObjectNode row, String location, long line, RecordVisitor visitor) {
        LocalDateTime futureLimit = LocalDateTime.now(clock.withZone(TthcTime.ZONE)).plusDays(1);
        RecordDelivery delivery = new RecordDelivery(sourceSystem, location, mapping.column(CanonicalField.DOSSIER_CODE),
                mapping.personalFields(), hasher, json, visitor);
        delivery.dossier(mapper.map(row, futureLimit), row, line);
    }

    private static ObjectNode asObject(List<String> header, CSVRecord row) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < row.size(); i++) {
            node.put(i < header.size() && !header.get(i).isEmpty() ? header.get(i) : "column " + (i + 1), row.get(i));
        }
        return node;
    }

    private static BufferedReader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
