package org.tthc.domain.packet.dvcqg;

import java.io.CharConversionException;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One streaming pass over one DVCQG file: walks the envelope (or bare array) token by token and materialises one
 * data record at a time as a tree, which the {@link RecordHandler} maps and delivers.
 */
final class PacketFileRead {

    /** Maps and delivers one record; true when it was accepted. */
    interface RecordHandler {
        boolean handle(JsonNode record, DvcqgPacketKind kind, long position);
    }

    private final JsonParser parser;
    private final String location;
    private final RecordHandler handler;
    private DvcqgPacketKind kind;
    private boolean kindFromRecords;
    private Boolean updating;
    private boolean inData;
    private long next;
    private long accepted;

    PacketFileRead(JsonParser parser, String location, DvcqgPacketKind givenKind, RecordHandler handler) {
        this.parser = parser;
        this.location = location;
        this.kind = givenKind;
        this.handler = handler;
    }

    DvcqgReadSummary read() throws IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readData();
            } else if (first == JsonToken.START_OBJECT) {
                readEnvelope();
            } else {
                throw fail("expected an object {\"service\": …, \"data\": […]} or an array of records, found "
                        + (first == null ? "nothing" : first.asString()), null);
            }
            if (parser.nextToken() != null) {
                throw fail("unexpected content after the end of the packet", null);
            }
        } catch (JsonProcessingException e) {
            throw fail("is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (CharConversionException e) {
            // Jackson guesses UTF-16/32 from the first bytes; bytes that are no character there are bad input, not IO.
            throw fail("is not JSON text in UTF-8, UTF-16 or UTF-32: " + e.getMessage(), null);
        }
        return new DvcqgReadSummary(location, kind, updating, next, accepted, next - accepted);
    }

    private void readEnvelope() throws IOException {
        boolean sawData = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "service" -> service(parser.getValueAsString());
                case "isUpdating" -> updating = updating(value);
                case "data" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw fail("\"data\" must be an array of records", null);
                    }
                    readData();
                    sawData = true;
                }
                default -> parser.skipChildren();
            }
        }
        if (!sawData) {
            throw fail("the packet has no \"data\" array", null);
        }
    }

    /** "True"/"False" as OpenCPS sends it, or a JSON boolean. */
    private Boolean updating(JsonToken value) throws IOException {
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            return "true".equalsIgnoreCase(parser.getValueAsString("").trim());
        }
        parser.skipChildren();
        return null;
    }

    private void service(String service) {
        DvcqgPacketKind named = DvcqgPacketKind.ofServiceName(service == null ? "" : service).orElseThrow(() ->
                fail("service '" + service + "' is neither DongBoHoSoMC nor CapNhatTienDoHoSoMC", null));
        if (kind != null && kind != named) {
            String held = kindFromRecords ? "its records are " : "the caller said ";
            throw fail("service '" + service + "' contradicts the packet kind: " + held + kind.serviceName(), null);
        }
        kind = named;
    }

    private void readData() throws IOException {
        inData = true;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw fail("the data array is not closed", null);
            }
            JsonNode record = parser.readValueAsTree();
            if (record == null) {
                record = NullNode.getInstance();
            }
            if (kind == null) {
                kind = DvcqgPacketKind.detect(record).orElse(null);
                kindFromRecords = kind != null;
            }
            if (handler.handle(record, kind, next)) {
                accepted++;
            }
            next++;
        }
        inData = false;
    }

    private DvcqgFileException fail(String message, JsonProcessingException cause) {
        JsonLocation where = cause != null && cause.getLocation() != null
                ? cause.getLocation() : parser.currentLocation();
        String at = " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ", byte "
                + where.getByteOffset() + ")";
        return new DvcqgFileException(location, inData ? next : -1, message + at, cause);
    }
}
