package org.tthc.ingestion.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The JSON side of the DVCQG files, written straight as UTF-8 bytes: the envelope {@code {"service":…,"data":[…]}}
 * with one compact record per line, so files are greppable and diff well.
 *
 * <p>Speed: the generator's output is a fixed shape of pre-encoded parts, so a record is a run of array copies into
 * one buffer. Field names are encoded once as keys ({@code ,"Name":}); string values are Jackson
 * JSON strings quoted and escaped once by Jackson at start-up ({@link #quoted}); times and digits are ASCII written in
 * place. Jackson's generator did the same work per value, at about half the speed.
 */
final class WireJson implements Closeable {
    private static final int BUFFER_BYTES = 1 << 20;
    private static final byte QUOTE = '"';
    private static final byte[] FIRST_SEPARATOR = {'\n'};
    private static final byte[] SEPARATOR = {',', '\n'};
    private static final byte[] EMPTY_END = ascii("]}\n");
    private static final byte[] END = ascii("\n]}\n");

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private boolean first = true;

    private WireJson(OutputStream out) {
        this.out = out;
    }

    /** A writer on {@code out} (which it closes) with the envelope opened; call {@link #nextRecord} before each. */
    static WireJson open(OutputStream out, String service, String isUpdating) throws IOException {
        WireJson json = new WireJson(out);
        json.raw(ascii("{\"service\":\"" + service + "\""
                + (isUpdating == null ? "" : ",\"isUpdating\":\"" + isUpdating + "\"") + ",\"data\":["));
        return json;
    }

    /** The first key of an object: {@code {"name":}. */
    static byte[] firstKey(String name) {
        return utf8("{\"" + name + "\":");
    }

    /** A following key of an object: {@code ,"name":}. */
    static byte[] key(String name) {
        return utf8(",\"" + name + "\":");
    }

    /** {@code text} as a JSON string: quoted, escaped by Jackson, UTF-8. */
    static byte[] quoted(String text) {
        return quoted(escaped(text));
    }

    /** The content of a JSON string: {@code text} escaped by Jackson, UTF-8, without the quotes. */
    static byte[] escaped(String text) {
        return JsonStringEncoder.getInstance().quoteAsUTF8(text);
    }

    /** A JSON string of the {@link #escaped} parts joined. */
    static byte[] quoted(byte[]... escapedParts) {
        int length = 2;
        for (byte[] part : escapedParts) {
            length += part.length;
        }
        byte[] quoted = new byte[length];
        int at = 0;
        quoted[at++] = QUOTE;
        for (byte[] part : escapedParts) {
            System.arraycopy(part, 0, quoted, at, part.length);
            at += part.length;
        }
        quoted[at] = QUOTE;
        return quoted;
    }

    /** Starts the next record of the envelope. */
    void nextRecord() throws IOException {
        raw(first ? FIRST_SEPARATOR : SEPARATOR);
        first = false;
    }

    void raw(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length) {
            flush();
            out.write(bytes);
            return;
        }
        reserve(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    void raw(byte b) throws IOException {
        reserve(1);
        buffer[position++] = b;
    }

    /** {@code key} then a value from {@link #quoted}. */
    void field(byte[] key, byte[] quoted) throws IOException {
        if (key.length + quoted.length > buffer.length) {
            raw(key);
            raw(quoted);
            return;
        }
        reserve(key.length + quoted.length);
        System.arraycopy(key, 0, buffer, position, key.length);
        position += key.length;
        System.arraycopy(quoted, 0, buffer, position, quoted.length);
        position += quoted.length;
    }

    /** {@code key} then {@code length} ASCII bytes (digits, codes: nothing to escape) as a string. */
    void field(byte[] key, byte[] ascii, int length) throws IOException {
        raw(key);
        reserve(length + 2);
        buffer[position++] = QUOTE;
        System.arraycopy(ascii, 0, buffer, position, length);
        position += length;
        buffer[position++] = QUOTE;
    }

    /** {@code key} then {@code local} as a {@code yyyyMMddHHmmss} string. */
    void time(byte[] key, WireTimeFormat format, long local) throws IOException {
        raw(key);
        reserve(WireTimeFormat.LENGTH + 2);
        buffer[position++] = QUOTE;
        format.format(local, buffer, position);
        position += WireTimeFormat.LENGTH;
        buffer[position++] = QUOTE;
    }

    /** {@code key} then {@code digits} decimal digits of {@code value} as a string. */
    void digits(byte[] key, long value, int digits) throws IOException {
        raw(key);
        reserve(digits + 2);
        buffer[position++] = QUOTE;
        SampleMath.digits(buffer, position, value, digits);
        position += digits;
        buffer[position++] = QUOTE;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            raw(first ? EMPTY_END : END);
            flush();
        }
    }

    private void reserve(int bytes) throws IOException {
        if (position + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
