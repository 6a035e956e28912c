package org.tthc.domain.packet.wire;

import java.util.List;

/** A record's mapping: the canonical value, or the problems (in the order found) that keep it out. */
public record Mapped<T>(T value, List<FieldProblem> problems) {

    public Mapped {
        problems = List.copyOf(problems);
    }

    public static <T> Mapped<T> accepted(T value) {
        return new Mapped<>(value, List.of());
    }

    public static <T> Mapped<T> rejected(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        return new Mapped<>(null, problems);
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }
}
