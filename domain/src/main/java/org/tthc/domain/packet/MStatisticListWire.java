package org.tthc.domain.packet;

import java.util.List;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Several packets in one XML document: {@code <MStatisticList><MStatistic>…</MStatistic>…</MStatisticList>}. */
@JacksonXmlRootElement(localName = "MStatisticList")
record MStatisticListWire(
        @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "MStatistic")
        List<MStatisticWire> packets) {

    MStatisticListWire {
        packets = packets == null ? List.of() : packets;
    }
}
