package org.tthc.api.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.api.audit.AuditEntry;
import org.tthc.api.audit.AuditLog;
import org.tthc.api.security.ApiDemoAccounts;
import org.tthc.api.security.ApiRole;

/**
 * {@code POST /api/national/outbox/{id}/resend}: an operator re-arms a dead packet; a packet in another state is a
 * 409 and an unknown one a 404; every call is in the audit log with who, what and how it ended.
 */
class OutboxResendEndpointTest extends ApiTest {
    @Autowired
    Outbox outbox;
    @Autowired
    AuditLog audit;

    @Test
    void anOperatorReArmsADeadPacketAndEachCallIsAudited() {
        OutboxEntry entry = outbox.enqueue(TestPackets.statistics("000.00.00.H42", 3, 7), Instant.now()).entry();
        assertThat(outbox.markSent(entry, Instant.now())).isTrue();
        outbox.markDead(entry.id(), "HTTP 400: rejected");

        ResponseEntity<String> resent = resend(entry.id());
        ResponseEntity<String> again = resend(entry.id());

        assertThat(resent.getStatusCode().value()).isEqualTo(200);
        assertThat(resent.getBody()).contains("\"status\":\"pending\"");
        assertThat(outbox.find(entry.id()).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(audit.latest(ApiDemoAccounts.OPERATOR, "outbox.resend", 2))
                .extracting(AuditEntry::target, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("outbox/" + entry.id(), AuditEntry.Outcome.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("outbox/" + entry.id(), AuditEntry.Outcome.DONE));
    }

    @Test
    void anUnknownPacketIsNotFoundAndAudited() {
        ResponseEntity<String> response = resend(987_654_321L);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(audit.latest(ApiDemoAccounts.OPERATOR, "outbox.resend", 100))
                .anySatisfy(e -> {
                    assertThat(e.target()).isEqualTo("outbox/987654321");
                    assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.NOT_FOUND);
                });
    }

    @Test
    void theAuditLogIsServedToAdmins() {
        resend(987_654_322L);

        ResponseEntity<String> log = as(ApiRole.ADMIN).getForEntity("/api/audit?action=outbox.resend&limit=5",
                String.class);
        assertThat(log.getStatusCode().value()).isEqualTo(200);
        assertThat(log.getBody()).contains("\"target\":\"outbox/987654322\"", "\"actor\":\"vanhanh\"",
                "\"outcome\":\"NOT_FOUND\"", "\"occurredAt\"");
    }

    private ResponseEntity<String> resend(long id) {
        return as(ApiRole.OPERATOR).postForEntity("/api/national/outbox/" + id + "/resend", null, String.class);
    }
}
