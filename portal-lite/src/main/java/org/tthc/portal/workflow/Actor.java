package org.tthc.portal.workflow;

import java.util.Objects;

/**
 * Who takes a workflow action: an officer (by user id) or the applicant (by identity number, or name when the
 * dossier has none). Recorded on the processing event as {@link #recordedAs()}.
 */
public record Actor(Kind kind, String id) {
    public enum Kind {
        OFFICER,
        APPLICANT
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor needs an id (officer user id or applicant identity)");
        }
    }

    public static Actor officer(String userId) {
        return new Actor(Kind.OFFICER, userId);
    }

    public static Actor applicant(String identity) {
        return new Actor(Kind.APPLICANT, identity);
    }

    public boolean isApplicant() {
        return kind == Kind.APPLICANT;
    }

    /** The processing event's actor: the officer's id, or {@code applicant:<identity>}. */
    public String recordedAs() {
        return isApplicant() ? "applicant:" + id : id;
    }
}
