package org.tthc.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/ingest/packets} over real HTTP against the Boot app: authentication per source system, records
 * landing in Delta, quarantine with reasons in the answer, the idempotency key and the size limit. The pushed
 * dossiers belong to organisations of no sample province and to 2020, so the shared sample's statistics stay as
 * the other app tests expect.
 */
class PushEndpointTest extends ApiTest {
    private static final String SYSTEM = PUSH_SYSTEM;
    private static final String KEY = PUSH_KEY;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DeltaWarehouse warehouse;

    @Test
    void aPushWithoutAnApiKeyIsUnauthenticated() {
        ResponseEntity<String> response = post(null, null, dossiers("Z01-200110-0001"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).contains("X-API-Key");
        assertThat(dossiersOf("Z01-200110-0001")).isEmpty();
    }

    @Test
    void aPushWithAWrongApiKeyIsUnauthenticated() {
        ResponseEntity<String> response = post("not-the-key", null, dossiers("Z02-200110-0001"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(dossiersOf("Z02-200110-0001")).isEmpty();
    }

    @Test
    void aGoodPushLandsInDeltaUnderTheAuthenticatedSourceSystem() throws Exception {
        ResponseEntity<String> response = post(KEY, null, dossiers("Z03-200110-0001", "Z03-200110-0002"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode answer = JSON.readTree(response.getBody());
        assertThat(answer.get("accepted").asLong()).isEqualTo(2);
        assertThat(answer.get("rejected").asLong()).isZero();
        assertThat(answer.get("runId").asText()).startsWith("run-");
        assertThat(dossiersOf("Z03-200110-0001")).singleElement()
                .satisfies(row -> assertThat(row.<String>getAs("source_system")).isEqualTo(SYSTEM));
        assertThat(dossiersOf("Z03-200110-0002")).hasSize(1);
    }

    @Test
    void lgspXmlIsAcceptedLikeTheFiles() throws Exception {
        ResponseEntity<String> response = post(KEY, null, """
                <?xml version="1.0" encoding="utf-8"?>
                <ArrayOfMSyncDocument>
                  <MSyncDocument>
                    <DocTypeCode>1.001234</DocTypeCode><DocCode>000.00.98.Z07-200110-0001</DocCode>
                    <DateReceived>2020-01-10T08:30:00.000+0700</DateReceived>
                    <DateAppointed>2020-01-20T17:00:00.000+0700</DateAppointed>
                    <IsSuccess>false</IsSuccess><IsReturned>false</IsReturned>
                  </MSyncDocument>
                </ArrayOfMSyncDocument>""", MediaType.APPLICATION_XML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(response.getBody()).get("accepted").asLong()).isEqualTo(1);
        assertThat(dossiersOf("Z07-200110-0001")).hasSize(1);
    }

    @Test
    void aRetriedPushGetsTheFirstAnswerAndWritesNothingNew() {
        String body = dossiers("Z04-200110-0001");
        ResponseEntity<String> first = post(KEY, "batch-z04", body);
        long runsAfterFirst = runs();

        ResponseEntity<String> retry = post(KEY, "batch-z04", body);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(dossiersOf("Z04-200110-0001")).hasSize(1);
        assertThat(runs()).as("no new ingest run").isEqualTo(runsAfterFirst);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsAConflict() {
        post(KEY, "batch-z05", dossiers("Z05-200110-0001"));

        ResponseEntity<String> other = post(KEY, "batch-z05", dossiers("Z05-200110-0002"));

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getBody()).contains("batch-z05");
        assertThat(dossiersOf("Z05-200110-0002")).isEmpty();
    }

    @Test
    void badRecordsGoToQuarantineWithTheirReasonsInTheAnswer() throws Exception {
        String body = """
                {"service":"DongBoHoSoMC","isUpdating":"True","data":[%s,
                 {"MaHoSo":"000.00.98.Z06-200110-0002","MaTTHC":"1.001234","NgayTiepNhan":"20200110083000",
                  "NgayHenTra":"20200120170000","TrangThaiHoSo":"99"},
                 {"MaTTHC":"1.001234","NgayTiepNhan":"20200110083000","TrangThaiHoSo":"2"}]}"""
                .formatted(record("Z06-200110-0001"));

        ResponseEntity<String> response = post(KEY, null, body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode answer = JSON.readTree(response.getBody());
        assertThat(answer.get("accepted").asLong()).isEqualTo(1);
        assertThat(answer.get("rejected").asLong()).isEqualTo(2);
        JsonNode badStatus = answer.get("records").get(0);
        assertThat(badStatus.get("index").asLong()).isEqualTo(1);
        assertThat(badStatus.get("dossierCode").asText()).isEqualTo("000.00.98.Z06-200110-0002");
        assertThat(badStatus.get("field").asText()).isEqualTo("TrangThaiHoSo");
        assertThat(badStatus.get("reason").asText()).isNotBlank();
        JsonNode noCode = answer.get("records").get(1);
        assertThat(noCode.get("index").asLong()).isEqualTo(2);
        assertThat(noCode.get("field").asText()).isEqualTo("MaHoSo");
        List<Row> quarantined = warehouse.table(WarehouseTable.QUARANTINE)
                .where(functions.col("source_system").equalTo(SYSTEM))
                .where(functions.col("record_key").equalTo("000.00.98.Z06-200110-0002")).collectAsList();
        assertThat(quarantined).singleElement().satisfies(row -> {
            assertThat(row.<String>getAs("field")).isEqualTo("TrangThaiHoSo");
            assertThat(row.<String>getAs("location")).startsWith("push:");
            assertThat(row.<String>getAs("raw_payload")).contains("\"TrangThaiHoSo\":\"99\"");
        });
        assertThat(dossiersOf("Z06-200110-0001")).hasSize(1);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String huge = "[" + "{\"MaHoSo\":\"x\"},".repeat(5_000) + "{}]";

        ResponseEntity<String> response = post(KEY, null, huge);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody()).contains("tthc.ingestion.push.max-body");
    }

    private ResponseEntity<String> post(String apiKey, String idempotencyKey, String body) {
        return post(apiKey, idempotencyKey, body, MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> post(String apiKey, String idempotencyKey, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (apiKey != null) {
            headers.set(PushController.API_KEY_HEADER, apiKey);
        }
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.postForEntity("/api/ingest/packets",
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    /** A DongBoHoSoMC packet of one valid 2020 dossier per code suffix, of an organisation outside the sample. */
    private static String dossiers(String... suffixes) {
        return "{\"service\":\"DongBoHoSoMC\",\"data\":[" + String.join(",",
                java.util.Arrays.stream(suffixes).map(PushEndpointTest::record).toList()) + "]}";
    }

    private static String record(String suffix) {
        return """
                {"MaHoSo":"000.00.98.%s","MaTTHC":"1.001234","TenTTHC":"Cấp giấy phép xây dựng",
                 "NgayTiepNhan":"20200110083000","NgayHenTra":"20200120170000","TrangThaiHoSo":"2",
                 "SoGiayToChuHoSo":"079012345678"}""".formatted(suffix);
    }

    private List<Row> dossiersOf(String suffix) {
        return warehouse.table(WarehouseTable.DOSSIER)
                .where(functions.col("dossier_code").equalTo("000.00.98." + suffix)).collectAsList();
    }

    private long runs() {
        return warehouse.session().read().format("delta").load(warehouse.root().resolve("meta/ingest_run").toString())
                .count();
    }

}
