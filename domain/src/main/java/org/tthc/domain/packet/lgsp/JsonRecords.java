package org.tthc.domain.packet.lgsp;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One streaming pass over an LGSP JSON file, one record in memory at a time. Accepted forms: one record as OpenCPS
 * posts it ({@code {"DocCode": …}}), an array of records, an envelope like DVCQG's
 * ({@code {"service":"MSyncDocument","data":[…]}}), or an object keyed by the packet name
 * ({@code {"MSyncDocument":[…]}}). The kind is the envelope's or key's packet name, else what each record's fields
 * show ({@link LgspPacketKind#detect}).
 */
final class JsonRecords {
    private final JsonParser parser;
    private final String location;
    private final RecordHandler handler;
    private LgspPacketKind kind;
    private long position;

    JsonRecords(JsonParser parser, String location, RecordHandler handler) {
        this.parser = parser;
        this.location = location;
        this.handler = handler;
    }

    long read() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            readList();
        } else if (first == JsonToken.START_OBJECT) {
            readObject();
        } else {
            throw new LgspFileException(location, "expected a record, an array of records or an envelope, found "
                    + (first == null ? "nothing" : first.asString()), null);
        }
        if (parser.nextToken() != null) {
            throw new LgspFileException(location, "unexpected content after the end of the packet", null);
        }
        return position;
    }

    /** An envelope or keyed object streams its list; any other object is one record, read whole. */
    private void readObject() throws IOException {
        ObjectNode single = JsonNodeFactory.instance.objectNode();
        boolean sawList = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            var named = LgspPacketKind.ofPacketName(name);
            if (name.equals("service") && value.isScalarValue()) {
                String service = parser.getValueAsString("");
                kind = LgspPacketKind.ofPacketName(service).orElseThrow(() -> new LgspFileException(location,
                        "service '" + service + "' is neither MSyncDocument nor MDocumentTraces", null));
            } else if ((name.equals("data") || named.isPresent()) && value == JsonToken.START_ARRAY) {
                kind = named.orElse(kind);
                readList();
                sawList = true;
            } else {
                single.set(name, parser.readValueAsTree());
            }
        }
        if (!sawList) {
            deliver(single);
        }
    }

    private void readList() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new LgspFileException(location, "the list of records is not closed", null);
            }
            JsonNode record = parser.readValueAsTree();
            deliver(record == null ? NullNode.getInstance() : record);
        }
    }

    private void deliver(JsonNode record) {
        handler.record(record, kind != null ? kind : LgspPacketKind.detect(record).orElse(null), position++);
    }
}
