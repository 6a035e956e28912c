package org.tthc.domain.packet;

import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** What the packet codecs share around Jackson: where a read failed, and writing without checked exceptions. */
final class PacketText {
    private PacketText() {
    }

    /** A format error at Jackson's {@code location} (line and column), or without one when Jackson gives none. */
    static PacketFormatException formatError(String message, JsonLocation location, Exception cause) {
        return location == null
                ? new PacketFormatException(message, -1, -1, cause)
                : new PacketFormatException(message, location.getLineNr(), location.getColumnNr(), cause);
    }

    /**
     * What Jackson says went wrong, preceded by the field it was reading ({@code PreExtisting: …}, {@code
     * Questions[1].Content: …}) when it knows one. A failure inside Jackson itself (jackson-dataformat-xml throws a
     * NullPointerException for a whole number too large for an int, found by fuzzing) says only that the value
     * cannot be read, not the Java exception.
     */
    static String reason(JsonProcessingException e) {
        String reason = e.getCause() instanceof NullPointerException ? "the value cannot be read"
                : e.getOriginalMessage();
        String field = e instanceof JsonMappingException mapping ? field(mapping.getPath()) : "";
        return field.isEmpty() ? reason : field + ": " + reason;
    }

    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The text {@code write} produces; a serialisation failure of our own records is a bug, not input. */
    static String write(String packet, JsonWrite write) {
        try {
            return write.get();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + packet + " packet", e);
        }
    }

    @FunctionalInterface
    interface JsonWrite {
        String get() throws JsonProcessingException;
    }
}
