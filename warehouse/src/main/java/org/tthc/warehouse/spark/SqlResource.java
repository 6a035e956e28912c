package org.tthc.warehouse.spark;

import org.tthc.warehouse.ClassPathText;

/** SQL kept as SQL: {@code .sql} files beside the class that runs them, named after what they compute. */
public final class SqlResource {
    private SqlResource() {
    }

    /** The text of {@code name} in the package of {@code anchor}. */
    public static String load(Class<?> anchor, String name) {
        return ClassPathText.read(anchor, name);
    }
}
