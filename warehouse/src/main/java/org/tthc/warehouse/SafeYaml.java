package org.tthc.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * How the warehouse reads its rule files (quality checks, the Decision 766 model): plain YAML only — maps, lists,
 * strings, numbers, booleans, null; no tags that build objects, no duplicate keys — from the class path in UTF-8.
 */
public final class SafeYaml {
    private SafeYaml() {
    }

    /** @throws YAMLException when {@code yaml} is not valid YAML or repeats a key */
    public static Object load(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options)).load(yaml);
    }

    /** The text of the class-path resource {@code name}, resolved as {@link Class#getResourceAsStream} does. */
    public static String resource(Class<?> anchor, String name) {
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
