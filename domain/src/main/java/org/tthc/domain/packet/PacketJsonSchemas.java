package org.tthc.domain.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * The JSON Schemas of the JSON packets we send to the national portal, kept beside the XSDs:
 * {@code MStatistic.schema.json}, {@code MVotes.schema.json}, {@code DongBoHoSoMC.schema.json},
 * {@code CapNhatTienDoHoSoMC.schema.json} and the 2018 LGSP {@code MSyncDocument.schema.json} and
 * {@code MDocumentTraces.schema.json} (Draft 2020-12); the XML forms' XSDs are {@link PacketXmlSchemas}. They state the contract of reference.md §1–§3 as data: the
 * test receiver judges what arrives by them, and the sample generator's files are checked against them. Schemas are
 * read from the class path only; nothing is fetched. Thread-safe.
 */
public final class PacketJsonSchemas {
    /** The packet types with a JSON Schema, by their wire names. */
    public static final List<String> PACKET_TYPES = List.of("MStatistic", "MVotes", "DongBoHoSoMC",
            "CapNhatTienDoHoSoMC", "MSyncDocument", "MDocumentTraces");
    private static final String ID_PREFIX = "https://tthc-platform.example/schema/";
    private static final int MAX_REPORTED = 10;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    public PacketJsonSchemas() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String type : PACKET_TYPES) {
            texts.put(ID_PREFIX + resource(type), read(resource(type)));
        }
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(),
                builder -> builder.schemas(texts));
        for (String type : PACKET_TYPES) {
            schemas.put(type, registry.getSchema(SchemaLocation.of(ID_PREFIX + resource(type))));
        }
    }

    /** Whether {@code packetType} has a schema here. */
    public boolean covers(String packetType) {
        return schemas.containsKey(packetType);
    }

    /**
     * Every way {@code body} breaks the schema of {@code packetType}, each as the JSON Pointer of the offending value
     * and what is wrong ({@code "/data/0/NgayTiepNhan: does not match the regex pattern ^[0-9]{14}$"}, {@code "/"} for
     * the whole document); empty when it conforms.
     *
     * @throws PacketFormatException when {@code body} is not JSON at all
     * @throws IllegalArgumentException when {@code packetType} has no schema
     */
    public List<String> problems(String packetType, String body) {
        Schema schema = schemas.get(packetType);
        if (schema == null) {
            throw new IllegalArgumentException("no JSON Schema for packet type " + packetType + "; there are "
                    + String.join(", ", PACKET_TYPES));
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw PacketText.formatError(packetType + " is not JSON: " + e.getOriginalMessage(), e.getLocation(), e);
        }
        return schema.validate(tree).stream().map(PacketJsonSchemas::describe).toList();
    }

    /** @throws PacketFormatException naming the first problems when {@code body} breaks the schema */
    public void validate(String packetType, String body) {
        List<String> problems = problems(packetType, body);
        if (!problems.isEmpty()) {
            String shown = String.join("; ", problems.subList(0, Math.min(MAX_REPORTED, problems.size())));
            String more = problems.size() > MAX_REPORTED ? " (and " + (problems.size() - MAX_REPORTED) + " more)" : "";
            throw new PacketFormatException(packetType + " does not conform to " + resource(packetType) + ": "
                    + shown + more, -1, -1, null);
        }
    }

    static String resource(String packetType) {
        return packetType + ".schema.json";
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        return (location.isEmpty() ? "/" : location) + ": " + error.getMessage();
    }

    private static String read(String resource) {
        try (InputStream in = PacketJsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
