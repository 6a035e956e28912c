package org.tthc.domain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.SuccessionKind;

/**
 * {@code successions.json}, the succession crosswalk beside {@code organisations.json}: an array of objects
 * {@code MADONVICU} (the predecessor's code), {@code MADONVIMOI} (the successor's code), {@code NGAYHIEULUC} (the
 * first day the successor carries the work, {@code yyyy-MM-dd}), {@code HINHTHUC} ({@code MERGE}, {@code SPLIT} or
 * {@code RENAME}) and {@code KETHUACHINH} (whether this successor takes the predecessor's dossiers; default true, so
 * only the non-primary parts of a split need it).
 */
public final class SuccessionsJson {
    static final String PREDECESSOR = "MADONVICU";
    static final String SUCCESSOR = "MADONVIMOI";
    static final String EFFECTIVE_DATE = "NGAYHIEULUC";
    static final String KIND = "HINHTHUC";
    static final String PRIMARY = "KETHUACHINH";

    private SuccessionsJson() {
    }

    public static List<OrganisationSuccession> read(Path file) {
        try (InputStream in = CatalogueFiles.open(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a successions array; {@code fileName} names the source in error messages. */
    public static List<OrganisationSuccession> read(InputStream in, String fileName) {
        return CatalogueFiles.readArray(in, fileName, PREDECESSOR, (entry, file) -> toSuccession(entry));
    }

    public static void write(Path file, Collection<OrganisationSuccession> successions) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, successions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the array to {@code out}, leaving the stream open. */
    public static void write(OutputStream out, Collection<OrganisationSuccession> successions) throws IOException {
        try (JsonGenerator gen = CatalogueFiles.prettyGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartArray();
            for (OrganisationSuccession s : successions) {
                gen.writeStartObject();
                gen.writeStringField(PREDECESSOR, s.predecessorCode());
                gen.writeStringField(SUCCESSOR, s.successorCode());
                gen.writeStringField(EFFECTIVE_DATE, s.effectiveDate().toString());
                gen.writeStringField(KIND, s.kind().name());
                gen.writeBooleanField(PRIMARY, s.primary());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    private static OrganisationSuccession toSuccession(CatalogueEntry entry) {
        String predecessor = entry.requiredText(PREDECESSOR).trim();
        String successor = entry.requiredText(SUCCESSOR).trim();
        if (predecessor.equals(successor)) {
            throw entry.fail(SUCCESSOR, "is the predecessor itself; a code that continues needs no succession");
        }
        return new OrganisationSuccession(predecessor, successor, entry.requiredDate(EFFECTIVE_DATE),
                entry.requiredEnum(KIND, SuccessionKind.class), entry.optionalBoolean(PRIMARY, true));
    }
}
