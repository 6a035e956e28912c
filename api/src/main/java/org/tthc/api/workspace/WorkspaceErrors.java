package org.tthc.api.workspace;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tthc.api.security.OutOfScopeException;
import org.tthc.api.statistics.UnknownOrganisationException;

/**
 * The workspace's errors as pages, with what was wrong. Ahead of Spring Boot's problem-details handler (order 0),
 * which would otherwise answer {@link OutOfScopeException} (an {@code ErrorResponseException}) with JSON.
 */
@ControllerAdvice(basePackageClasses = WorkspaceErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceErrors {

    @ExceptionHandler(OutOfScopeException.class)
    ModelAndView outOfScope(OutOfScopeException e) {
        return page(HttpStatus.FORBIDDEN, e.getBody().getDetail());
    }

    @ExceptionHandler(UnknownOrganisationException.class)
    ModelAndView unknownOrganisation(UnknownOrganisationException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView errorResponse(ErrorResponseException e) {
        return page(HttpStatus.valueOf(e.getStatusCode().value()), e.getBody().getDetail());
    }

    static ModelAndView page(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("workspace/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
