package org.tthc.api.statistics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.query.Csv;
import org.tthc.api.security.DataScope;
import org.tthc.api.security.DataScopes;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.period.Period;

/**
 * {@code GET /api/statistics?period=2025-10[&org=CODE | &level=2][&view=as-reported|restated]}: the statistics
 * packets (MStatistic) of a period, JSON, XML or CSV by {@code Accept} (or {@code format=csv}), with the exact wire
 * names of the national packet. Without {@code org} or {@code level}: one packet per level-1 organisation (a JSON
 * array, an {@code MStatisticList} in XML, a CSV line each); with {@code org}: that organisation's packet; with
 * {@code level}: every organisation of that level. {@code view}: the organisation structure of the period's end
 * (default) or today's. A user scoped to an organisation (docs/security.md) gets its packet without {@code org},
 * only its subtree with {@code level}, and a 403 for an organisation outside it. Every answer carries a strong
 * {@code ETag} (the SHA-256 of its body, docs/decisions.md): a request with that value in {@code If-None-Match}
 * gets a 304 without a body.
 */
@RestController
public class StatisticsController {
    /**
     * Every answer names the engine that computed it: ClickHouse when configured, Spark by default and while a
     * ClickHouse server is unreachable (see tthc.clickhouse.*).
     */
    public static final String ENGINE_HEADER = "X-Tthc-Engine";

    private final StatisticsService statistics;
    private final DataScopes scopes;
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    public StatisticsController(StatisticsService statistics, DataScopes scopes) {
        this.statistics = statistics;
        this.scopes = scopes;
    }

    @GetMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> json(@RequestParam String period, @RequestParam Optional<String> org,
                                       @RequestParam Optional<Integer> level,
                                       @RequestParam(defaultValue = "as-reported") String view, Authentication user) {
        StatisticsService.Answer answer = packets(period, org, level, view, scopes.of(user));
        List<StatisticsPacket> packets = answer.packets();
        return answer(org.isPresent() ? codec.toJson(packets.get(0)) : codec.toJson(packets),
                MediaType.APPLICATION_JSON, answer.engine());
    }

    @GetMapping(path = "/api/statistics", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<String> xml(@RequestParam String period, @RequestParam Optional<String> org,
                                      @RequestParam Optional<Integer> level,
                                      @RequestParam(defaultValue = "as-reported") String view, Authentication user) {
        StatisticsService.Answer answer = packets(period, org, level, view, scopes.of(user));
        List<StatisticsPacket> packets = answer.packets();
        return answer(org.isPresent() ? codec.toXml(packets.get(0)) : codec.toXml(packets),
                MediaType.APPLICATION_XML, answer.engine());
    }

    @GetMapping(path = "/api/statistics", produces = "text/csv")
    public ResponseEntity<String> csv(@RequestParam String period, @RequestParam Optional<String> org,
                                      @RequestParam Optional<Integer> level,
                                      @RequestParam(defaultValue = "as-reported") String view, Authentication user) {
        StatisticsService.Answer answer = packets(period, org, level, view, scopes.of(user));
        return answer(StatisticsCsv.of(answer.packets(), codec), Csv.MEDIA_TYPE, answer.engine());
    }

    /** {@code format=csv} for a browser or a plain {@code curl}, which cannot choose by {@code Accept}. */
    @GetMapping(path = "/api/statistics", params = "format=csv")
    public ResponseEntity<String> csvByParameter(
            @RequestParam String period, @RequestParam Optional<String> org, @RequestParam Optional<Integer> level,
            @RequestParam(defaultValue = "as-reported") String view, Authentication user) {
        return csv(period, org, level, view, user);
    }

    private StatisticsService.Answer packets(String period, Optional<String> org, Optional<Integer> level,
                                             String view, DataScope scope) {
        Period parsed = Period.parse(period);
        OrganisationView parsedView = OrganisationView.parse(view);
        if (level.isPresent()) {
            if (org.isPresent()) {
                throw new IllegalArgumentException("give org or level, not both: org names one organisation, level"
                        + " every organisation of a level");
            }
            return statistics.answerOfLevel(parsed, level.get(), parsedView, scope);
        }
        return statistics.answer(parsed, org, parsedView, scope);
    }

    /**
     * The body with its strong ETag: the SHA-256 of exactly these bytes, so equal answers share it and any change of
     * a number, a name, the representation or the caller's scope changes it. {@code no-cache}: a cache may keep the
     * answer but must ask again ({@code If-None-Match}, answered 304 by Spring MVC); private, as it depends on the
     * user.
     */
    private ResponseEntity<String> answer(String body, MediaType type, String engine) {
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(sha256(body))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(ENGINE_HEADER, engine)
                .body(body);
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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
