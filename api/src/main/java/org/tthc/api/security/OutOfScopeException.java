package org.tthc.api.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An organisation outside the subtree the user is scoped to: 403 with a problem detail. */
public final class OutOfScopeException extends ErrorResponseException {
    public OutOfScopeException(String orgCode, String scope) {
        this("organisation '" + orgCode + "' is outside your scope: you see organisation '" + scope
                + "' and the organisations under it");
    }

    private OutOfScopeException(String detail) {
        super(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "Organisation out of scope", detail), null);
    }

    /** {@code what} covers every organisation (it cannot be cut to a subtree), and the user sees {@code scope}'s. */
    public static OutOfScopeException provinceWide(String what, String scope) {
        return new OutOfScopeException(what + " cover every organisation's dossiers and cannot be limited to a subtree:"
                + " you see organisation '" + scope + "' and the organisations under it only");
    }
}
