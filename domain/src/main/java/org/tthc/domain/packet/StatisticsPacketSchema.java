package org.tthc.domain.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates MStatistic XML against {@code MStatistic.xsd} (both roots: {@code MStatistic} and
 * {@code MStatisticList}). Secure processing is on; documents may not declare a DOCTYPE, so no external DTD or
 * entity is ever read. Uses the JDK's own XML implementations, whatever else is on the class path. Thread-safe.
 */
public final class StatisticsPacketSchema {
    static final String RESOURCE = "MStatistic.xsd";

    private final Schema schema;

    public StatisticsPacketSchema() {
        URL xsd = StatisticsPacketSchema.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        try (InputStream in = xsd.openStream()) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.schema = factory.newSchema(new StreamSource(in, xsd.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (SAXException e) {
            throw new IllegalStateException(RESOURCE + " is not a valid schema: " + e.getMessage(), e);
        }
    }

    /** @throws PacketFormatException with the line and column of the first violation */
    public void validate(String xml) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new SAXSource(secureReader(), new InputSource(new StringReader(xml))));
        } catch (SAXParseException e) {
            throw new PacketFormatException("MStatistic XML does not conform to " + RESOURCE + ": " + e.getMessage(),
                    e.getLineNumber(), e.getColumnNumber(), e);
        } catch (SAXException e) {
            throw new PacketFormatException("MStatistic XML does not conform to " + RESOURCE + ": " + e.getMessage(),
                    -1, -1, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
