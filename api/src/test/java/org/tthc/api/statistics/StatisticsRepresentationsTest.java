package org.tthc.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.api.security.ApiDemoAccounts;
import org.tthc.api.security.ApiRole;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/statistics} beyond JSON and XML (those are {@link StatisticsEndpointTest}'s): CSV whose lines say
 * what the JSON says, the packets of one level, and the strong ETag with its 304.
 */
class StatisticsRepresentationsTest extends ApiTest {
    private static final String OCTOBER = "/api/statistics?period=2025-10";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    @Test
    void csvHasALinePerPacketWithTheJsonsFieldsAndValues() throws Exception {
        String path = OCTOBER + "&level=2";
        ResponseEntity<String> json = get(ApiDemoAccounts.ANALYST, path, MediaType.APPLICATION_JSON);
        ResponseEntity<String> csv = get(ApiDemoAccounts.ANALYST, path, CSV);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        List<List<String>> lines = parse(csv.getBody());
        JsonNode packets = JSON.readTree(json.getBody());
        assertThat(packets.size()).isGreaterThan(1);
        assertThat(lines).hasSize(packets.size() + 1);
        List<String> header = new ArrayList<>();
        packets.get(0).fieldNames().forEachRemaining(header::add);
        assertThat(lines.get(0)).isEqualTo(header).startsWith("Month", "Year");
        for (int i = 0; i < packets.size(); i++) {
            List<String> values = new ArrayList<>();
            packets.get(i).fields().forEachRemaining(field -> values.add(field.getValue().asText()));
            assertThat(lines.get(i + 1)).as("line %d", i + 1).isEqualTo(values);
        }
        // Vietnamese names arrive intact: the body was decoded as the declared UTF-8
        assertThat(csv.getBody()).contains(codec.fromJson(json.getBody()).get(0).organisationName());
        assertThat(csv.getBody()).containsPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
    }

    @Test
    void formatCsvAsksForTheSameCsvAsTheAcceptHeader() {
        ResponseEntity<String> byParameter = get(ApiDemoAccounts.ANALYST, OCTOBER + "&format=csv", MediaType.ALL);
        ResponseEntity<String> byAccept = get(ApiDemoAccounts.ANALYST, OCTOBER, CSV);

        assertThat(byParameter.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(byParameter.getBody()).isEqualTo(byAccept.getBody());
    }

    @Test
    void anyMediaTypeGetsJson() {
        ResponseEntity<String> response = get(ApiDemoAccounts.ANALYST, OCTOBER, MediaType.ALL);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).hasToString("application/json");
    }

    /** The departments (and, before the 2025 reform, the districts) are level 2; communes are 3 even under the city. */
    @Test
    void aLevelGivesThePacketsOfThatLevelWhichAddUpToAtMostTheirParents() throws Exception {
        List<StatisticsPacket> levelOne = codec.fromJson(get(ApiDemoAccounts.ANALYST, OCTOBER,
                MediaType.APPLICATION_JSON).getBody());
        List<StatisticsPacket> levelTwo = codec.fromJson(get(ApiDemoAccounts.ANALYST, OCTOBER + "&level=2",
                MediaType.APPLICATION_JSON).getBody());
        JsonNode organisations = JSON.readTree(get(ApiDemoAccounts.ANALYST, "/api/organisations",
                MediaType.APPLICATION_JSON).getBody());

        Map<String, Integer> levels = new HashMap<>();
        organisations.forEach(o -> levels.put(o.get("code").asText(), o.get("level").asInt()));
        assertThat(levelOne).extracting(StatisticsPacket::organisationCode).containsExactly("000.00.00.H97");
        assertThat(levelTwo).extracting(StatisticsPacket::organisationCode)
                .contains(ApiDemoAccounts.JUSTICE_DEPARTMENT).isSorted()
                .allSatisfy(code -> assertThat(levels.get(code)).as(code).isEqualTo(2));
        List<StatisticsPacket> levelThree = codec.fromJson(get(ApiDemoAccounts.ANALYST, OCTOBER + "&level=3",
                MediaType.APPLICATION_JSON).getBody());
        assertThat(levelThree).isNotEmpty().extracting(StatisticsPacket::organisationCode)
                .allSatisfy(code -> assertThat(levels.get(code)).as(code).isEqualTo(3));
        // statistics-rules §6: the city counts its own dossiers and all of its departments' and districts'
        assertThat(levelTwo.stream().mapToInt(StatisticsPacket::newReception).sum())
                .isLessThanOrEqualTo(levelOne.get(0).newReception());
        assertThat(levelTwo.stream().mapToInt(StatisticsPacket::totalSolved).sum())
                .isLessThanOrEqualTo(levelOne.get(0).totalSolved());
    }

    @Test
    void aScopedAnalystAskingForALevelGetsOnlyTheirSubtree() {
        List<StatisticsPacket> levelTwo = codec.fromJson(get(ApiDemoAccounts.JUSTICE_ANALYST, OCTOBER + "&level=2",
                MediaType.APPLICATION_JSON).getBody());

        assertThat(levelTwo).extracting(StatisticsPacket::organisationCode)
                .containsExactly(ApiDemoAccounts.JUSTICE_DEPARTMENT);
    }

    @Test
    void orgAndLevelTogetherOrALevelBelowOneAreBadRequests() {
        ResponseEntity<String> both = get(ApiDemoAccounts.ANALYST, OCTOBER + "&level=2&org="
                + ApiDemoAccounts.JUSTICE_DEPARTMENT, MediaType.APPLICATION_JSON);
        ResponseEntity<String> zero = get(ApiDemoAccounts.ANALYST, OCTOBER + "&level=0", MediaType.APPLICATION_JSON);

        assertThat(both.getStatusCode().value()).isEqualTo(400);
        assertThat(both.getBody()).contains("org or level");
        assertThat(zero.getStatusCode().value()).isEqualTo(400);
        assertThat(zero.getBody()).contains("level must be");
    }

    @Test
    void aSecondRequestWithTheETagGetsNotModifiedWithoutABody() {
        ResponseEntity<String> first = get(ApiDemoAccounts.ANALYST, OCTOBER, MediaType.APPLICATION_JSON);
        String etag = first.getHeaders().getETag();

        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(first.getHeaders().getCacheControl()).contains("no-cache");
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.setIfNoneMatch(etag);
        ResponseEntity<String> second = as(ApiRole.ANALYST).exchange(OCTOBER, HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(second.getStatusCode().value()).isEqualTo(304);
        assertThat(second.getBody()).isNull();
        assertThat(second.getHeaders().getETag()).isEqualTo(etag);
    }

    @Test
    void theETagChangesWithTheParametersAndTheRepresentation() {
        String october = get(ApiDemoAccounts.ANALYST, OCTOBER, MediaType.APPLICATION_JSON).getHeaders().getETag();
        String again = get(ApiDemoAccounts.ANALYST, OCTOBER, MediaType.APPLICATION_JSON).getHeaders().getETag();
        String september = get(ApiDemoAccounts.ANALYST, "/api/statistics?period=2025-09", MediaType.APPLICATION_JSON)
                .getHeaders().getETag();
        String restated = get(ApiDemoAccounts.ANALYST, OCTOBER + "&view=restated", MediaType.APPLICATION_JSON)
                .getHeaders().getETag();
        String xml = get(ApiDemoAccounts.ANALYST, OCTOBER, MediaType.APPLICATION_XML).getHeaders().getETag();
        String scoped = get(ApiDemoAccounts.JUSTICE_ANALYST, OCTOBER, MediaType.APPLICATION_JSON).getHeaders()
                .getETag();

        assertThat(again).isEqualTo(october);
        assertThat(List.of(october, september, restated, xml, scoped)).doesNotHaveDuplicates();
    }

    private ResponseEntity<String> get(String user, String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** RFC 4180 lines without quoted line breaks (the packets have none). */
    private static List<List<String>> parse(String csv) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            lines.add(fields);
        }
        return lines;
    }
}
