package org.tthc.api.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} fails before any controller is chosen, so the
 * problem-details handler would answer the form with JSON; this answers the page's error view with 413. Global (a
 * package-scoped advice does not apply when there is no handler yet) and first; only forms take multipart.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }
}
