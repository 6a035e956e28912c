package org.tthc.api.national;

import java.time.Instant;

/** An access token from the portal's token endpoint and the instant it stops being used. */
record BearerToken(String value, Instant expiresAt) {

    boolean usableAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
