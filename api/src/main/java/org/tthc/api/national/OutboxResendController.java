package org.tthc.api.national;

import java.time.Clock;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.audit.AuditEntry.Outcome;
import org.tthc.api.audit.AuditLog;
import org.tthc.api.security.Problems;

/**
 * {@code POST /api/national/outbox/{id}/resend}: an operator re-arms a dead (or failed) packet, as
 * {@code ./tthc national resend} does: pending, due now, attempts from zero, the payload unchanged; the delivery
 * worker sends it on its next round. A packet in another state is a 409; every call is audited.
 */
@RestController
public class OutboxResendController {
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public OutboxResendController(Outbox outbox, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/api/national/outbox/{id}/resend")
    public ResponseEntity<?> resend(@PathVariable long id, Authentication user) {
        String target = "outbox/" + id;
        if (outbox.rearm(id, clock.instant())) {
            audit.record(user.getName(), "outbox.resend", target, Outcome.DONE, "re-armed: pending, due now");
            return ResponseEntity.ok(Map.of("id", id, "status", OutboxStatus.PENDING.label()));
        }
        var entry = outbox.find(id);
        if (entry.isEmpty()) {
            audit.record(user.getName(), "outbox.resend", target, Outcome.NOT_FOUND, "no such packet");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                    "No such packet", "the national outbox has no packet " + id));
        }
        String state = entry.get().status().label();
        audit.record(user.getName(), "outbox.resend", target, Outcome.REFUSED, "it is " + state);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "Not re-armed",
                "packet " + id + " is " + state + ": only a dead or failed packet is re-armed; a packet whose"
                        + " content must change is corrected instead (./tthc national push --correction)"));
    }
}
