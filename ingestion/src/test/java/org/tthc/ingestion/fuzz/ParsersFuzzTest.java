package org.tthc.ingestion.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.packet.StatisticsJsonFuzzTest;
import org.tthc.domain.packet.StatisticsXmlFuzzTest;
import org.tthc.domain.packet.VotesJsonFuzzTest;
import org.tthc.domain.packet.VotesXmlFuzzTest;
import org.tthc.domain.packet.dvcqg.DvcqgPacketFuzzTest;
import org.tthc.domain.packet.lgsp.LgspPacketFuzzTest;
import org.tthc.domain.packet.wire.WireDateFuzzTest;
import org.tthc.ingestion.csv.CsvDossierFuzzTest;
import org.tthc.ingestion.csv.CsvMappingFuzzTest;
import org.tthc.warehouse.query.AnalystQueryGuardFuzzTest;

/**
 * All the parser fuzz tests in one: the input's first byte chooses the parser, the rest is its input. Jazzer fuzzes
 * one test per JVM, and starting one (agent, instrumentation) costs more CPU than a few seconds of fuzzing, so the
 * short budget of {@code ./tthc test} fuzzes this one test for all parsers (docs/reliability.md); {@code ./tthc fuzz}
 * fuzzes each parser's own test. Seeded with every parser's seeds, each prefixed with the parser's number.
 */
public class ParsersFuzzTest {
    private final List<Consumer<byte[]>> parsers = List.of(
            new StatisticsJsonFuzzTest()::readStatisticsJson,
            new StatisticsXmlFuzzTest()::readStatisticsXml,
            new VotesJsonFuzzTest()::readVotesJson,
            new VotesXmlFuzzTest()::readVotesXml,
            new DvcqgPacketFuzzTest()::readDvcqgPacket,
            new LgspPacketFuzzTest()::readLgspPacket,
            new WireDateFuzzTest()::readWireDates,
            new CsvMappingFuzzTest()::readCsvMapping,
            new CsvDossierFuzzTest()::readCsvDossiers,
            new AnalystQueryGuardFuzzTest()::checkAnalystQuery);

    @FuzzTest
    public void readWithAnyParser(byte[] data) {
        if (data.length == 0) {
            return;
        }
        parsers.get(Byte.toUnsignedInt(data[0]) % parsers.size()).accept(Arrays.copyOfRange(data, 1, data.length));
    }
}
