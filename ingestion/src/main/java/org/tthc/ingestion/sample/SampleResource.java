package org.tthc.ingestion.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A text resource of this package: lines grouped under {@code [section]} headers, {@code #} comments skipped. */
final class SampleResource {
    private final String name;
    private final Map<String, List<String>> sections;

    private SampleResource(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    static SampleResource load(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = sections.computeIfAbsent("", k -> new ArrayList<>());
        try (InputStream in = SampleResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + SampleResource.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1), k -> new ArrayList<>());
                } else {
                    current.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return new SampleResource(name, sections);
    }

    /** Lines of a section ({@code ""}: lines before the first header). */
    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new IllegalStateException("resource " + name + " has no section [" + section + "]");
        }
        return lines;
    }

    /** The single line of a section split on commas: a list of names. */
    List<String> list(String section) {
        return List.of(String.join(",", lines(section)).split(","));
    }

    static String[] fields(String line, int count) {
        String[] fields = line.split("\\|", -1);
        if (fields.length != count) {
            throw new IllegalStateException("expected " + count + " fields separated by | in: " + line);
        }
        return fields;
    }
}
