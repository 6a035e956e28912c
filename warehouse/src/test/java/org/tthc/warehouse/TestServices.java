package org.tthc.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code scripts/test-services.sh}, the launcher of the tests' servers and small disks. */
public final class TestServices {
    /** The script, from the module folder the tests run in. */
    private static final Path SCRIPT = Path.of(System.getProperty("user.dir")).resolveSibling("scripts")
            .resolve("test-services.sh");

    private TestServices() {
    }

    /**
     * Runs the script with {@code args} and returns what it printed (standard output and error together); fails when
     * it exits non-zero or takes more than a minute, with its output in the message.
     */
    public static String script(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }
}
