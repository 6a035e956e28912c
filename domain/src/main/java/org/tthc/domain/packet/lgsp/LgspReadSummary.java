package org.tthc.domain.packet.lgsp;

/**
 * What one LGSP file held.
 *
 * @param format  {@code xml} or {@code json}
 * @param kind    the packet kind of its records (null for a file without records whose kind is not named)
 * @param records {@code accepted + rejected}
 */
public record LgspReadSummary(String location, String format, LgspPacketKind kind, long records, long accepted,
                              long rejected) {
}
