package org.tthc.api.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's last-resort errors: a bug is a 500 problem that shows nothing of it, a bad argument a 400 problem. (A
 * standalone MockMvc lists the XML converter first, unlike the app, hence the explicit {@code Accept}.)
 */
class ApiErrorsTest {

    @RestController
    static class Failing {
        @GetMapping("/api/failing")
        String failing() {
            throw new IllegalStateException("secret internals");
        }

        @GetMapping("/api/invalid")
        String invalid() {
            throw new IllegalArgumentException("period must be YYYY-MM");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ApiErrors())
            .build();

    @Test
    void anUnhandledExceptionIsAnInternalErrorProblemWithoutItsMessage() throws Exception {
        mvc.perform(get("/api/failing").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.title").value("Internal error"))
                .andExpect(jsonPath("$.detail").value("the server could not answer; the error is in its log"));
    }

    @Test
    void anIllegalArgumentIsABadRequestProblemWithItsMessage() throws Exception {
        mvc.perform(get("/api/invalid").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("period must be YYYY-MM"));
    }
}
