package org.tthc.api.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.tthc.api.query.Csv;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Statistics packets as CSV: one line per packet, the columns and values of the packet's JSON (the national
 * packet's wire names, {@code Month} … {@code OrganizationInchargeIdlevel1Name}, in the XSD's order), so that the
 * CSV and the JSON of the same request say the same thing field by field. The wire names stay in the codec.
 */
final class StatisticsCsv {
    /** Decimals as written: 100.0 stays 100.0 (not 1E+2), as in the JSON. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    /** Gives the header when there is no packet. */
    private static final StatisticsPacket EMPTY = new StatisticsPacket(0, 1970, false, 0, 0, 0, 0, 0, BigDecimal.ZERO,
            0, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, "", "", "");

    private StatisticsCsv() {
    }

    static String of(List<StatisticsPacket> packets, StatisticsPacketCodec codec) {
        List<String> columns = new ArrayList<>();
        tree(codec.toJson(EMPTY)).fieldNames().forEachRemaining(columns::add);
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode packet : tree(codec.toJson(packets))) {
            List<String> row = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = packet.fields(); fields.hasNext(); ) {
                row.add(fields.next().getValue().asText());
            }
            rows.add(row);
        }
        return Csv.of(columns, rows);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the codec wrote JSON that does not parse: " + json, e);
        }
    }
}
