package org.tthc.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A main class run in a JVM of its own on this test's class path, for a test that kills it ({@code SIGKILL}: no
 * shutdown hook, no finally block) at a chosen moment: when a line of its output (standard output and error, merged)
 * matches, or when the test decides. The child gets this JVM's {@code --add-opens} flags (Spark on Java 17) and time
 * zone, and a 1 GiB heap.
 */
public final class ChildJvm {
    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Thread reader;
    private volatile boolean killed;

    private ChildJvm(Process process, Predicate<String> killOn, long delayMillis) {
        this.process = process;
        this.reader = new Thread(() -> read(killOn, delayMillis), "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code options} (e.g. {@code -Dkey=value}) and {@code args}; never killed unless asked. */
    public static ChildJvm start(Class<?> main, List<String> options, List<String> args) {
        return start(main, options, args, line -> false, 0);
    }

    /** Starts {@code main} and kills it {@code delayMillis} after the first output line {@code killOn} accepts. */
    public static ChildJvm start(Class<?> main, List<String> options, List<String> args, Predicate<String> killOn,
                                 long delayMillis) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-Duser.timezone"))
                .forEach(command::add);
        command.add("-Xmx1g");
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            return new ChildJvm(builder.start(), killOn, delayMillis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + main.getName(), e);
        }
    }

    /** Kills the process now, as {@code kill -9} does, and waits for it to end. */
    public void kill() {
        killed = true;
        process.destroyForcibly();
        awaitEnd(Duration.ofMinutes(1));
    }

    /**
     * Waits until the process was killed; fails when it ended by itself or is still running after {@code timeout}.
     * Returns its output.
     */
    public String awaitKilled(Duration timeout) {
        awaitEnd(timeout);
        if (!killed || process.exitValue() == 0) {
            throw new IllegalStateException("the process ended by itself (exit " + process.exitValue()
                    + ") before the moment it was to be killed; its output:\n" + output());
        }
        return output();
    }

    /** Everything it printed so far. */
    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    private void awaitEnd(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the process still ran after " + timeout + "; its output:\n" + output());
            }
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted waiting for the process", e);
        }
    }

    private void read(Predicate<String> killOn, long delayMillis) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                synchronized (output) {
                    output.add(line);
                }
                if (!killed && killOn.test(line)) {
                    Thread.sleep(delayMillis);
                    killed = true;
                    process.destroyForcibly();
                }
            }
        } catch (IOException e) {
            // the stream closes when the process dies
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
