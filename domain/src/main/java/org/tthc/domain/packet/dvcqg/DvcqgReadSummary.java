package org.tthc.domain.packet.dvcqg;

/**
 * What one DVCQG file held.
 *
 * @param kind     the packet kind, or null for a file without records whose kind was neither given nor named
 * @param updating the envelope's {@code isUpdating} ("True"/"False"), or null when absent (bare array)
 * @param records  records in the data array: {@code accepted + rejected}
 */
public record DvcqgReadSummary(String location, DvcqgPacketKind kind, Boolean updating, long records,
                               long accepted, long rejected) {
}
