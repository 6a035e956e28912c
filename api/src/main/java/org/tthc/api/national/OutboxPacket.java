package org.tthc.api.national;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A packet to queue in the national outbox, exactly as it will be sent.
 *
 * @param packetType    the wire packet name: {@code MStatistic}, {@code DongBoHoSoMC}, {@code MSyncDocument}, …
 * @param orgCode       the organisation the packet speaks for
 * @param subject       the period ({@code 2025-10}, {@code 2025}) or the dossier code
 * @param orderingKey   packets with the same key are delivered in the order they were queued: a dossier's packets
 *                      share {@code dossier|<code>}, a statistics packet and its corrections share
 *                      {@code MStatistic|<org>|<period>}, a rating packet {@code MVotes|<org>|<period>}
 * @param endpoint      path under the portal's base URL, e.g. {@code /Statistic/UpdateStatistic}
 * @param mediaType     {@code application/json} or {@code application/xml}
 * @param payload       the request body
 * @param ruleSet       the rule set that computed a statistics packet; null for rating and dossier packets
 * @param tableVersions the Delta table versions a statistics or rating packet was computed from; empty for dossier
 *                      packets
 * @param supersedes    the outbox id this packet corrects, or null
 */
public record OutboxPacket(String packetType, String orgCode, String subject, String orderingKey, String endpoint,
                           String mediaType, String payload, String ruleSet, Map<String, Long> tableVersions,
                           Long supersedes) {

    /** The packet type of the national statistics packet. */
    public static final String STATISTICS = "MStatistic";

    public OutboxPacket {
        Objects.requireNonNull(packetType, "packetType");
        Objects.requireNonNull(orgCode, "orgCode");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(payload, "payload");
        tableVersions = tableVersions == null ? Map.of() : Map.copyOf(new TreeMap<>(tableVersions));
    }

    /** A statistics packet for one organisation and period. */
    public static OutboxPacket statistics(String orgCode, String period, String endpoint, String mediaType,
                                          String payload, String ruleSet, Map<String, Long> tableVersions) {
        return new OutboxPacket(STATISTICS, orgCode, period, STATISTICS + "|" + orgCode + "|" + period, endpoint,
                mediaType, payload, ruleSet, tableVersions, null);
    }

    /** A rating statistics packet (MVotes) for one organisation and month; in order with its corrections. */
    public static OutboxPacket votes(String orgCode, String period, String endpoint, String mediaType, String payload,
                                     Map<String, Long> tableVersions) {
        return new OutboxPacket("MVotes", orgCode, period, "MVotes|" + orgCode + "|" + period, endpoint, mediaType,
                payload, null, tableVersions, null);
    }

    /** A JSON dossier packet (DongBoHoSoMC, CapNhatTienDoHoSoMC): in order with every other packet of the dossier. */
    public static OutboxPacket dossier(String packetType, String orgCode, String dossierCode, String endpoint,
                                       String payload) {
        return dossier(packetType, orgCode, dossierCode, endpoint, "application/json", payload);
    }

    /**
     * A dossier packet (DongBoHoSoMC, CapNhatTienDoHoSoMC, MSyncDocument, MDocumentTraces) in {@code mediaType}: in
     * order with every other packet of the dossier.
     */
    public static OutboxPacket dossier(String packetType, String orgCode, String dossierCode, String endpoint,
                                       String mediaType, String payload) {
        return new OutboxPacket(packetType, orgCode, dossierCode, "dossier|" + dossierCode, endpoint, mediaType,
                payload, null, Map.of(), null);
    }

    /** The same packet as an explicit correction of outbox row {@code id}. */
    public OutboxPacket correcting(long id) {
        return new OutboxPacket(packetType, orgCode, subject, orderingKey, endpoint, mediaType, payload, ruleSet,
                tableVersions, id);
    }

    /** SHA-256 of the payload's UTF-8 bytes, in hex. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** {@code type|org|subject|hash}: the same content for the same subject is queued once. */
    public String idempotencyKey() {
        return packetType + "|" + orgCode + "|" + subject + "|" + contentHash();
    }
}
