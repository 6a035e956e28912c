package org.tthc.warehouse.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** SQL kept as SQL: {@code .sql} files beside the class that runs them, named after what they compute. */
public final class SqlResource {
    private SqlResource() {
    }

    /** The text of {@code name} in the package of {@code anchor}. */
    public static String load(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + name + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource " + name, e);
        }
    }
}
