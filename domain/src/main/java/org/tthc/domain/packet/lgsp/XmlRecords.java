package org.tthc.domain.packet.lgsp;

import java.io.InputStream;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One StAX pass over an LGSP XML file, one record in memory at a time. A record is any {@code <MSyncDocument>} or
 * {@code <MDocumentTraces>} element, at any depth: the single packet as its root, a list of them
 * ({@code <ArrayOfMSyncDocument>}, .NET's serialisation of a list), or a SOAP body. Each record becomes a JSON tree
 * the mappers read like a JSON record: an element with child elements is an object, a leaf its text,
 * {@code xsi:nil="true"} null. The list fields of §2.1.1 become arrays whether the items repeat the element
 * ({@code <Supplementaries>…</Supplementaries><Supplementaries>…}) or are wrapped in it
 * ({@code <Supplementaries><Supplementary>…</Supplementary>…}). Names are local names, namespaces ignored.
 * <p>
 * Secure by construction: DTDs are refused (a DOCTYPE fails the file), external entities are never resolved.
 */
final class XmlRecords {
    private static final Set<String> LISTS = Set.of("Attachments", "DocFees", "DocPapers", "Supplementaries",
            "Papers", "Fees");
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String LAZY_PARSING = "com.ctc.wstx.lazyParsing";
    private static final XMLInputFactory FACTORY = secureFactory();

    private XmlRecords() {
    }

    static long read(InputStream in, String location, RecordHandler handler) {
        long position = 0;
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new LgspFileException(location, "has a DTD (<!DOCTYPE …>), which is not accepted", null);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    var kind = LgspPacketKind.ofPacketName(xml.getLocalName());
                    if (kind.isPresent()) {
                        handler.record(element(xml), kind.get(), position++);
                    }
                }
            }
            return position;
        } catch (XMLStreamException e) {
            throw new LgspFileException(location, "is not well-formed XML (record " + position + "): "
                    + e.getMessage(), e);
        } finally {
            close(xml);
        }
    }

    /** The element the reader is at, read to its end tag, as a tree. */
    private static JsonNode element(XMLStreamReader xml) throws XMLStreamException {
        if ("true".equals(xml.getAttributeValue(XSI, "nil"))) {
            skip(xml);
            return NullNode.getInstance();
        }
        ObjectNode object = null;
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                JsonNode child = element(xml);
                object = object == null ? JsonNodeFactory.instance.objectNode() : object;
                add(object, name, child);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return object != null ? object : JsonNodeFactory.instance.textNode(text.toString());
            }
        }
    }

    private static void add(ObjectNode object, String name, JsonNode child) {
        JsonNode existing = object.get(name);
        if (LISTS.contains(name)) {
            ArrayNode list = existing instanceof ArrayNode array ? array : object.putArray(name);
            if (isWrapper(child)) {
                child.elements().forEachRemaining(items -> {
                    if (items.isArray()) {
                        list.addAll((ArrayNode) items);
                    } else {
                        list.add(items);
                    }
                });
            } else if (!child.isNull() && !(child.isTextual() && child.asText().isBlank())) {
                list.add(child);
            }
        } else if (existing == null) {
            object.set(name, child);
        } else if (existing instanceof ArrayNode array) {
            array.add(child);
        } else {
            object.putArray(name).add(existing).add(child);
        }
    }

    /** A list wrapper holds only item objects (one or more elements, each with fields of its own). */
    private static boolean isWrapper(JsonNode child) {
        if (!child.isObject() || child.isEmpty()) {
            return false;
        }
        for (JsonNode value : child) {
            boolean objects = value.isObject() || (value.isArray() && value.size() > 0 && value.get(0).isObject());
            if (!objects) {
                return false;
            }
        }
        return true;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a stream the caller closes cannot lose data
            }
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Woodstox (the StAX implementation on our class path) reads text lazily by default, and a decoding error
        // found then (a truncated UTF-8 character at the end) escapes getText() as its unchecked WstxLazyException
        // instead of an XMLStreamException. Found by fuzzing.
        if (factory.isPropertySupported(LAZY_PARSING)) {
            factory.setProperty(LAZY_PARSING, false);
        }
        return factory;
    }
}
