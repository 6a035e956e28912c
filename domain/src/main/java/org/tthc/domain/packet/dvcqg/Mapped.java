package org.tthc.domain.packet.dvcqg;

import java.util.List;

/** A record's mapping: the canonical value, or the problems (in the order found) that keep it out. */
record Mapped<T>(T value, List<FieldProblem> problems) {

    Mapped {
        problems = List.copyOf(problems);
    }

    static <T> Mapped<T> accepted(T value) {
        return new Mapped<>(value, List.of());
    }

    static <T> Mapped<T> rejected(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        return new Mapped<>(null, problems);
    }

    boolean isAccepted() {
        return problems.isEmpty();
    }
}
