package org.tthc.ingestion.sample;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The JSON side of the DVCQG files: one shared factory, and the envelope {@code {"service":…,"data":[…]}} with one
 * compact record per line, so files are greppable and diff well.
 *
 * <p>Speed: the envelope and the separators between records are written raw and each record is a root-level value
 * (with no root separator), so Jackson needs no pretty printer and stays on its fast path.
 */
final class WireJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final SerializedString FIRST_SEPARATOR = new SerializedString("\n");
    private static final SerializedString SEPARATOR = new SerializedString(",\n");

    private WireJson() {
    }

    static SerializedString name(String fieldName) {
        return PeopleNames.encoded(fieldName);
    }

    /** A generator on {@code out} with the envelope opened; call {@link Records#next} before each record. */
    static Records open(OutputStream out, String service, String isUpdating) throws IOException {
        JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        gen.setRootValueSeparator(null);
        gen.writeRaw("{\"service\":\"" + service + "\""
                + (isUpdating == null ? "" : ",\"isUpdating\":\"" + isUpdating + "\"") + ",\"data\":[");
        return new Records(gen);
    }

    /** The records of one envelope. */
    static final class Records {
        private final JsonGenerator gen;
        private boolean first = true;

        private Records(JsonGenerator gen) {
            this.gen = gen;
        }

        JsonGenerator generator() {
            return gen;
        }

        /** Starts the next record: the generator is positioned to write one object. */
        void next() throws IOException {
            gen.writeRaw(first ? FIRST_SEPARATOR : SEPARATOR);
            first = false;
        }

        void close() throws IOException {
            gen.writeRaw(first ? "]}\n" : "\n]}\n");
            gen.close();
        }
    }
}
