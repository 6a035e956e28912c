package org.tthc.api.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An organisation outside the subtree the user is scoped to: 403 with a problem detail. */
public final class OutOfScopeException extends ErrorResponseException {
    public OutOfScopeException(String orgCode, String scope) {
        super(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "Organisation out of scope",
                "organisation '" + orgCode + "' is outside your scope: you see organisation '" + scope
                        + "' and the organisations under it"), null);
    }
}
