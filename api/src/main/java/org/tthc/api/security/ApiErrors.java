package org.tthc.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tthc.api.statistics.UnknownOrganisationException;

/**
 * The last resort of the REST controllers: an exception nobody handled is a 500 problem detail (logged with its
 * stack trace, never shown). Ordered after Spring Boot's problem-details handler, which answers Spring MVC's own
 * exceptions (400 for a missing parameter, 404, 405, …); the portal pages keep their error page.
 */
@RestControllerAdvice(basePackages = {"org.tthc.api.statistics", "org.tthc.api.query", "org.tthc.api.ingest",
        "org.tthc.api.national", "org.tthc.api.organisation", "org.tthc.api.audit", "org.tthc.api.security",
        "org.tthc.api.reports", "org.tthc.api.quality", "org.tthc.api.procedure"})
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(UnknownOrganisationException.class)
    ProblemDetail unknownOrganisation(UnknownOrganisationException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Unknown organisation", e.getMessage());
    }

    /** Normally answered by Spring Boot's handler first; here so that the order of the two never matters. */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> errorResponse(ErrorResponseException e) {
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail internalError(Exception e) {
        log.error("unhandled error in the REST API", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the server could not answer; the error is in its log");
    }
}
