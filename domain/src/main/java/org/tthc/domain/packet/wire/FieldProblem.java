package org.tthc.domain.packet.wire;

/** One thing wrong with one field of a record; {@code field} is the wire name (nested: {@code List[0].Field}). */
public record FieldProblem(String field, String reason) {
}
