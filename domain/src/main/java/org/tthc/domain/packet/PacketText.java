package org.tthc.domain.packet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

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
