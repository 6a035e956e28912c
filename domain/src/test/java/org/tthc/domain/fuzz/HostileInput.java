package org.tthc.domain.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/**
 * What the fuzz tests ({@code *FuzzTest}, docs/reliability.md) share: how large an input may be and what makes a
 * rejection clear. A target feeds the fuzzer's bytes to one parser and accepts only the parser's documented
 * rejection; any other exception or error fails the input, and so does a rejection whose message says nothing.
 */
public final class HostileInput {
    /** Larger inputs are skipped: the fuzzer looks for wrong handling of shapes, not of sheer size. */
    public static final int MAX_BYTES = 64 * 1024;

    private HostileInput() {
    }

    public static boolean tooLarge(byte[] data) {
        return data.length > MAX_BYTES;
    }

    /** The bytes as text the way the codecs receive it: decoded as UTF-8, malformed bytes replaced. */
    public static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * The rejection's message says what was wrong: not blank, and not a reason lost on the way ("…: null" where the
     * reason belongs, a Java class name or a cast instead of words).
     */
    public static <T extends Throwable> T assertClear(T rejection) {
        String message = rejection.getMessage();
        assertThat(message).as("message of %s", rejection).isNotBlank();
        assertThat(message).as("message of %s", rejection)
                .doesNotContainPattern(": null($|;| \\(line)")
                .doesNotContainPattern("\\bjava\\.(lang|util)\\.[A-Z]\\w*(Exception|Error)\\b")
                .doesNotContain("cannot be cast to");
        return rejection;
    }
}
