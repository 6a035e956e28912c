package org.tthc.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tthc.api.ApiTestData;
import org.tthc.api.security.ApiDemoAccounts;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.catalogue.OrganisationsJson;
import org.tthc.domain.catalogue.SuccessionsJson;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketBuilder;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.packet.dvcqg.DvcqgPacketReader;
import org.tthc.domain.packet.dvcqg.DvcqgRecordCollector;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.ReferenceStatistics;
import org.tthc.domain.statistics.RuleSet;

/**
 * What {@code ./tthc run} serves: the app starts on an empty data folder, generates and ingests the sample province,
 * and answers {@code GET /api/statistics} with the packets the reference implementation gives for the same files
 * (to the demo analyst; the clock is fixed, so this class has an app context of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsEndpointTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final String PROVINCE = "000.00.00.H99";
    /** The city the province merges into on 1 July 2025. */
    private static final String CITY = "000.00.00.H97";

    @DynamicPropertySource
    static void embeddedDefaultsOnAnEmptyDataFolder(DynamicPropertyRegistry registry) {
        ApiTestData.register(registry);
    }

    @TestConfiguration
    static class FixedToday {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(TODAY.atTime(9, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
        }
    }

    @Autowired
    TestRestTemplate http;

    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    @Test
    void servesTheReferencePacketsOfTheSampleProvinceAsJson() {
        ResponseEntity<String> response = get("/api/statistics?period=2025-10", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"PreExtisting\"").contains("\"OrganizationInchargeIdlevel1\"");
        assertThat(codec.fromJson(response.getBody()))
                .containsExactly(referencePacket(Period.month(2025, 10), CITY, OrganisationView.AS_REPORTED));
    }

    @Test
    void juneIsTheProvincesAsReportedAndTheCitysRestated() {
        ResponseEntity<String> asReported = get("/api/statistics?period=2025-06&view=as-reported",
                MediaType.APPLICATION_JSON);
        ResponseEntity<String> restated = get("/api/statistics?period=2025-06&view=restated",
                MediaType.APPLICATION_JSON);

        assertThat(codec.fromJson(asReported.getBody()))
                .containsExactly(referencePacket(Period.month(2025, 6), PROVINCE, OrganisationView.AS_REPORTED));
        List<StatisticsPacket> restatedPackets = codec.fromJson(restated.getBody());
        assertThat(restatedPackets)
                .containsExactly(referencePacket(Period.month(2025, 6), CITY, OrganisationView.RESTATED));
        assertThat(restatedPackets.get(0).note()).contains("2026-01-20");
        assertThat(restatedPackets.get(0).total()).isEqualTo(codec.fromJson(asReported.getBody()).get(0).total());
    }

    @Test
    void servesOneOrganisationsPacketAsXmlThatValidatesAgainstTheSchema() {
        String department = "000.00.01.H97";
        ResponseEntity<String> response = get("/api/statistics?period=2025&org=" + department, MediaType.APPLICATION_XML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        codec.validateXml(response.getBody());
        StatisticsPacket packet = codec.fromXml(response.getBody()).get(0);
        assertThat(packet).isEqualTo(referencePacket(Period.year(2025), department, OrganisationView.AS_REPORTED));
        assertThat(packet.month()).isZero();
    }

    @Test
    void anOrganisationThatNoLongerExistsAtThePeriodsEndIsNotFoundAndTheAnswerNamesItsSuccessor() {
        ResponseEntity<String> response = get("/api/statistics?period=2025-10&org=000.00.01.H99",
                MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("000.00.01.H97");
    }

    @Test
    void anUnknownViewIsABadRequestThatSaysWhatIsAccepted() {
        ResponseEntity<String> response = get("/api/statistics?period=2025-10&view=as-is", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("as-reported").contains("restated");
    }

    @Test
    void anInvalidPeriodIsABadRequestThatSaysWhatIsAccepted() {
        ResponseEntity<String> response = get("/api/statistics?period=2025-13", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("2025-13");
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        ResponseEntity<String> response = get("/api/statistics?period=2025-10&org=000.00.00.H01", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void everyAnswerNamesTheEngineThatComputedIt() {
        ResponseEntity<String> response = get("/api/statistics?period=2025-10", MediaType.APPLICATION_JSON);

        assertThat(response.getHeaders().getFirst(StatisticsController.ENGINE_HEADER)).startsWith(expectedEngine());
    }

    /** The engine answering in this configuration: Spark over Delta by default. */
    String expectedEngine() {
        return "Spark ";
    }

    @Test
    void healthIsUp() {
        ResponseEntity<String> response = get("/actuator/health", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"status\":\"UP\"");
    }

    ResponseEntity<String> get(String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        TestRestTemplate client = path.startsWith("/api/") ? http.withBasicAuth(ApiDemoAccounts.ANALYST,
                ApiDemoAccounts.PASSWORD) : http;
        return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The packet the reference implementation computes from the sample files the app generated. */
    private static StatisticsPacket referencePacket(Period period, String org, OrganisationView view) {
        Path sample = ApiTestData.folder().resolve("sample");
        DvcqgRecordCollector read = DvcqgRecordCollector.readFolder(new DvcqgPacketReader("packet-files",
                Clock.fixed(TODAY.atStartOfDay(TthcTime.ZONE).toInstant(), ZoneOffset.UTC)), sample);
        assertThat(read.rejections()).as("the sample has no bad record").isEmpty();
        OrganisationCatalogue catalogue = new OrganisationCatalogue(
                OrganisationsJson.read(sample.resolve("organisations.json")),
                SuccessionsJson.read(sample.resolve("successions.json")));
        Map<String, PeriodStatistics> byOrg = new ReferenceStatistics(RuleSet.R2025_1, WorkingCalendar.vietnam(), catalogue)
                .compute(read.dossiers(), read.events(), period, TODAY, view);
        assertThat(byOrg).containsKey(org);
        StatisticsPacket packet = StatisticsPacketBuilder.build(byOrg.get(org), org,
                catalogue.nameOn(org, view.attributionDay(period.asOfDate(TODAY), TODAY)));
        return view == OrganisationView.AS_REPORTED ? packet
                : packet.withNote("Số liệu quy đổi theo cơ cấu tổ chức ngày " + TODAY);
    }
}
