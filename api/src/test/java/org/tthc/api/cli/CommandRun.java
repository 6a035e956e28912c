package org.tthc.api.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.tthc.api.ApiTestData;

import picocli.CommandLine;

/** One in-process run of a picocli command with its exit code and what it printed on standard output and error. */
record CommandRun(int exitCode, String out, String err) {

    /**
     * Runs a new command with {@code args}, capturing {@code System.out} and {@code System.err} meanwhile; the command
     * is made after the streams are replaced, as commands may keep the streams they see when constructed. A command
     * joins the JVM's Spark session whatever its {@code --data}, or starts one with it: the session is started first
     * with the app contexts' settings ({@link ApiTestData#sparkSession()}), so that an app context started after this
     * test still finds the session it asks for.
     */
    static CommandRun of(Supplier<?> command, String... args) {
        ApiTestData.sparkSession();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = new CommandLine(command.get()).execute(args);
            return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
