package org.tthc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.api.audit.AuditEntry;
import org.tthc.api.audit.AuditLog;

/** An admin adds a user, who can then sign in with its role; each change and each refusal is in the audit log. */
class UsersEndpointTest extends ApiTest {
    @Autowired
    AuditLog audit;

    @Test
    void anAddedUserSignsInWithItsRoleAndTheChangeIsAudited() {
        ResponseEntity<String> put = put("new.operator", "{\"role\": \"operator\", \"password\": \"operator-password\"}");

        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(put.getBody()).doesNotContain("operator-password");
        assertThat(http.withBasicAuth("new.operator", "operator-password")
                .getForEntity("/api/national/outbox?limit=1", String.class).getStatusCode().value()).isEqualTo(200);
        AuditEntry entry = audit.latest(ApiDemoAccounts.ADMIN, "user.put", 10).get(0);
        assertThat(entry.target()).isEqualTo("user/new.operator");
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DONE);
        assertThat(entry.detail()).contains("OPERATOR").doesNotContain("operator-password");
        assertThat(as(ApiRole.ADMIN).getForEntity("/api/audit?action=user.put", String.class).getBody())
                .contains("user/new.operator", "\"actor\":\"quantri\"");
    }

    @Test
    void anInvalidUserIsABadRequestAndTheRefusalIsAudited() {
        ResponseEntity<String> put = put("bad.user", "{\"role\": \"superuser\", \"password\": \"a-long-password\"}");

        assertThat(put.getStatusCode().value()).isEqualTo(400);
        assertThat(put.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(put.getBody()).contains("superuser");
        assertThat(audit.latest(ApiDemoAccounts.ADMIN, "user.put", 10))
                .anySatisfy(e -> {
                    assertThat(e.target()).isEqualTo("user/bad.user");
                    assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
                });
    }

    private ResponseEntity<String> put(String username, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return as(ApiRole.ADMIN).exchange("/api/users/" + username, HttpMethod.PUT, new HttpEntity<>(json, headers),
                String.class);
    }
}
