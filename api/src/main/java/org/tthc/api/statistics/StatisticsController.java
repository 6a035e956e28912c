package org.tthc.api.statistics;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.security.DataScopes;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.period.Period;

/**
 * {@code GET /api/statistics?period=2025-10[&org=CODE][&view=as-reported|restated]}: the statistics packets
 * (MStatistic) of a period, JSON or XML by {@code Accept}, with the exact wire names of the national packet. Without
 * {@code org}: one packet per level-1 organisation (a JSON array, or an {@code MStatisticList} in XML); with it: that
 * organisation's packet. {@code view}: the organisation structure of the period's end (default) or today's. A user
 * scoped to an organisation (docs/security.md) gets its packet without {@code org}, and a 403 for one outside it.
 */
@RestController
public class StatisticsController {
    private final StatisticsService statistics;
    private final DataScopes scopes;
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    public StatisticsController(StatisticsService statistics, DataScopes scopes) {
        this.statistics = statistics;
        this.scopes = scopes;
    }

    /** Every answer names the engine that computed it (Spark or ClickHouse, see tthc.clickhouse.*). */
    public static final String ENGINE_HEADER = "X-Tthc-Engine";

    @GetMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> json(@RequestParam String period, @RequestParam Optional<String> org,
                                       @RequestParam(defaultValue = "as-reported") String view, Authentication user) {
        List<StatisticsPacket> packets = statistics.packets(Period.parse(period), org, OrganisationView.parse(view),
                scopes.of(user));
        return answer(org.isPresent() ? codec.toJson(packets.get(0)) : codec.toJson(packets));
    }

    @GetMapping(path = "/api/statistics", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<String> xml(@RequestParam String period, @RequestParam Optional<String> org,
                                      @RequestParam(defaultValue = "as-reported") String view, Authentication user) {
        List<StatisticsPacket> packets = statistics.packets(Period.parse(period), org, OrganisationView.parse(view),
                scopes.of(user));
        return answer(org.isPresent() ? codec.toXml(packets.get(0)) : codec.toXml(packets));
    }

    private ResponseEntity<String> answer(String body) {
        return ResponseEntity.ok().header(ENGINE_HEADER, statistics.engine()).body(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler(UnknownOrganisationException.class)
    ProblemDetail unknownOrganisation(UnknownOrganisationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown organisation");
        return problem;
    }
}
