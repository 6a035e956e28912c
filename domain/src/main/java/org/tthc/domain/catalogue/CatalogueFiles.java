package org.tthc.domain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the two catalogue codecs share: a file is one JSON array of objects, written pretty-printed. */
final class CatalogueFiles {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogueFiles() {
    }

    static <T> List<T> readArray(InputStream in, String file, String keyField,
                                 BiFunction<CatalogueEntry, String, T> toValue) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw CatalogueFormatException.ofFile(file, "not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw CatalogueFormatException.ofFile(file, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw CatalogueFormatException.ofFile(file, "expected a JSON array of entries", null);
        }
        List<T> values = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            values.add(toValue.apply(new CatalogueEntry(file, i, root.get(i), keyField), file));
        }
        return values;
    }

    static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw CatalogueFormatException.ofFile(file.toString(), "cannot be opened: " + e, e);
        }
    }

    static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
        return MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
    }

    static void textOrNull(JsonGenerator gen, String field, Object value) throws IOException {
        if (value == null) {
            gen.writeNullField(field);
        } else {
            gen.writeStringField(field, value.toString());
        }
    }
}
