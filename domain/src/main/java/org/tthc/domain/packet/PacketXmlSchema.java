package org.tthc.domain.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates a packet's XML against its XSD beside this class ({@code MStatistic.xsd}, {@code MVotes.xsd}). Secure
 * processing is on; documents may not declare a DOCTYPE, so no external DTD or entity is ever read. Uses the JDK's
 * own XML implementations, whatever else is on the class path. Thread-safe.
 */
final class PacketXmlSchema {
    private static final int MAX_REPORTED = 10;
    private final String packetType;
    private final String resource;
    private final Schema schema;

    /** The schema {@code <packetType>.xsd}. */
    PacketXmlSchema(String packetType) {
        this.packetType = packetType;
        this.resource = packetType + ".xsd";
        URL xsd = PacketXmlSchema.class.getResource(resource);
        if (xsd == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try (InputStream in = xsd.openStream()) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.schema = factory.newSchema(new StreamSource(in, xsd.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (SAXException e) {
            throw new IllegalStateException(resource + " is not a valid schema: " + e.getMessage(), e);
        }
    }

    /**
     * @throws PacketFormatException with the line and column of the first violation and the messages of every
     *                               violation (up to ten): a bad value's own message names only the type, the next
     *                               one names its element
     */
    void validate(String xml) {
        List<SAXParseException> violations = violations(xml);
        if (!violations.isEmpty()) {
            SAXParseException first = violations.get(0);
            String messages = violations.stream().limit(MAX_REPORTED).map(SAXParseException::getMessage)
                    .collect(Collectors.joining("; "));
            throw new PacketFormatException(packetType + " XML does not conform to " + resource + ": " + messages,
                    first.getLineNumber(), first.getColumnNumber(), first);
        }
    }

    /**
     * Every violation, in document order, as {@code line L, column C: message}; empty when {@code xml} conforms. A
     * document that is not well-formed has one: where it stops being XML.
     */
    List<String> problems(String xml) {
        return violations(xml).stream()
                .map(v -> "line " + v.getLineNumber() + ", column " + v.getColumnNumber() + ": " + v.getMessage())
                .toList();
    }

    private List<SAXParseException> violations(String xml) {
        List<SAXParseException> violations = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collecting(violations));
            validator.validate(new SAXSource(secureReader(), new InputSource(new StringReader(xml))));
        } catch (SAXParseException e) {
            violations.add(e);
        } catch (SAXException e) {
            throw new PacketFormatException(packetType + " XML does not conform to " + resource + ": " + e.getMessage(),
                    -1, -1, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    /** Keeps errors and goes on, so that every violation is reported; a fatal error (not well-formed) stops. */
    private record Collecting(List<SAXParseException> violations) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings are not violations
        }

        @Override
        public void error(SAXParseException e) {
            violations.add(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
    }
}
