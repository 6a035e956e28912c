package org.tthc.api.security;

import java.util.Objects;

/**
 * A local user of the REST API.
 *
 * @param orgCode the organisation whose subtree the user sees in statistics and organisation endpoints; null: all
 */
public record ApiAccount(String username, ApiRole role, String orgCode) {
    public ApiAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (username.isBlank() || username.contains(":")) {
            throw new IllegalArgumentException("a username must not be blank nor contain ':'");
        }
    }
}
