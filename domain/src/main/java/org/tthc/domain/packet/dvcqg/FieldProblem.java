package org.tthc.domain.packet.dvcqg;

/** One thing wrong with one field of a record; {@code field} is the wire name (nested: {@code List[0].Field}). */
record FieldProblem(String field, String reason) {
}
