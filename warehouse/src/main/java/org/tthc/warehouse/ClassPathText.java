package org.tthc.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The warehouse's own text files (SQL, YAML rules) as shipped in its jar, read in UTF-8. */
public final class ClassPathText {
    private ClassPathText() {
    }

    /** The text of the resource {@code name}, resolved as {@link Class#getResourceAsStream} does. */
    public static String read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
