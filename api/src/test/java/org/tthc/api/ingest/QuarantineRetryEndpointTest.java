package org.tthc.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.api.audit.AuditEntry;
import org.tthc.api.audit.AuditLog;
import org.tthc.api.security.ApiDemoAccounts;
import org.tthc.api.security.ApiRole;

/** {@code POST /api/quarantine/retry}: a refused retry is a 400 problem and is audited like a done one. */
class QuarantineRetryEndpointTest extends ApiTest {
    @Autowired
    AuditLog audit;

    @Test
    void retryingAnUnknownRecordIsABadRequestAndTheRefusalIsAudited() {
        ResponseEntity<String> response = retry("{\"ids\": [\"no-such-record\"]}");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("no quarantined record no-such-record");
        AuditEntry entry = audit.latest(ApiDemoAccounts.OPERATOR, "quarantine.retry", 1).get(0);
        assertThat(entry.target()).isEqualTo("quarantine/no-such-record");
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
    }

    @Test
    void retryingNothingIsABadRequest() {
        assertThat(retry("{\"ids\": [], \"all\": false}").getStatusCode().value()).isEqualTo(400);
    }

    private ResponseEntity<String> retry(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return as(ApiRole.OPERATOR).postForEntity("/api/quarantine/retry", new HttpEntity<>(json, headers),
                String.class);
    }
}
