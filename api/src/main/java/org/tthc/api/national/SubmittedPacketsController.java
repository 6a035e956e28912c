package org.tthc.api.national;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.security.DataScope;
import org.tthc.api.security.DataScopes;
import org.tthc.api.security.Problems;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.Warehouse;

/**
 * The national statistics packets (MStatistic) of a period as submitted, for the office that files its reports with
 * them: {@code GET /api/statistics/packets?period=2025-10[&org=CODE]} lists the packets queued for the national
 * portal, newest first (a correction names the packet it supersedes), each with its state and payload exactly as
 * sent; {@code GET /api/statistics/packets/{id}} is one payload with the media type it was sent as. What a packet
 * would say today is {@code GET /api/statistics?view=as-reported}; these are the frozen snapshots of the outbox. A
 * scoped user sees the packets of its subtree only, and an {@code org} or packet outside it is a 403.
 */
@RestController
public class SubmittedPacketsController {
    private final Outbox outbox;
    private final Warehouse warehouse;
    private final DataScopes scopes;
    private final Clock clock;

    public SubmittedPacketsController(Outbox outbox, Warehouse warehouse, DataScopes scopes, Clock clock) {
        this.outbox = outbox;
        this.warehouse = warehouse;
        this.scopes = scopes;
        this.clock = clock;
    }

    public record SubmittedPacket(long id, String orgCode, String period, String status, Instant queuedAt,
                                  Instant acknowledgedAt, Long supersedes, String ruleSet,
                                  Map<String, Long> tableVersions, String mediaType, String payload) {
        static SubmittedPacket of(OutboxEntry e) {
            return new SubmittedPacket(e.id(), e.orgCode(), e.subject(), e.status().label(), e.queuedAt(),
                    e.acknowledgedAt(), e.supersedes(), e.ruleSet(), e.tableVersions(), e.mediaType(), e.payload());
        }
    }

    public record Submitted(String period, List<SubmittedPacket> packets) {
    }

    @GetMapping(path = "/api/statistics/packets", produces = MediaType.APPLICATION_JSON_VALUE)
    public Submitted packets(@RequestParam String period, @RequestParam Optional<String> org, Authentication user) {
        String subject = Period.parse(period).toString();
        Visible visible = visible(user);
        org.ifPresent(visible::check);
        List<SubmittedPacket> packets = outbox.about(OutboxPacket.STATISTICS, subject).stream()
                .filter(e -> org.map(e.orgCode()::equals).orElse(true))
                .filter(e -> visible.permits(e.orgCode()))
                .map(SubmittedPacket::of).toList();
        return new Submitted(subject, packets);
    }

    @GetMapping("/api/statistics/packets/{id}")
    public ResponseEntity<String> payload(@PathVariable long id, Authentication user) {
        OutboxEntry entry = outbox.find(id).filter(e -> e.packetType().equals(OutboxPacket.STATISTICS))
                .orElseThrow(() -> noSuchPacket(id));
        visible(user).check(entry.orgCode());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(entry.mediaType())).body(entry.payload());
    }

    /** The user's scope; the catalogue is read only for a scoped user. */
    private Visible visible(Authentication user) {
        DataScope scope = scopes.of(user);
        return new Visible(scope, scope.orgCode().isPresent() ? warehouse.catalogue() : null, TthcTime.today(clock));
    }

    private record Visible(DataScope scope, OrganisationCatalogue catalogue, LocalDate today) {
        boolean permits(String orgCode) {
            return catalogue == null || scope.permits(catalogue, orgCode, today);
        }

        /** @throws org.tthc.api.security.OutOfScopeException for an organisation outside the scope */
        void check(String orgCode) {
            if (catalogue != null) {
                scope.check(catalogue, orgCode, today);
            }
        }
    }

    private static ErrorResponseException noSuchPacket(long id) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "No such packet",
                "no national statistics packet " + id + " in the outbox (GET /api/statistics/packets?period=… lists"
                        + " them)"), null);
    }
}
