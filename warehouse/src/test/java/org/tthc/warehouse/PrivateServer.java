package org.tthc.warehouse;

import static org.tthc.warehouse.TestServices.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A ClickHouse or PostgreSQL server of this test's own, for a test that kills it and starts it again (the outage tests
 * of the reliability issue), through {@code scripts/test-services.sh KIND-start|KIND-stop DIR [--kill]}: the same
 * launch as the shared test servers, which other test JVMs use and no test may stop. Started again, it listens on the
 * same port and keeps its data.
 */
public final class PrivateServer implements AutoCloseable {
    public enum Kind {
        CLICKHOUSE("clickhouse"),
        POSTGRESQL("postgres");

        private final String command;

        Kind(String command) {
            this.command = command;
        }
    }

    private final Kind kind;
    private final Path folder;
    private final int port;

    private PrivateServer(Kind kind, Path folder, int port) {
        this.kind = kind;
        this.folder = folder;
        this.port = port;
    }

    /** A new server in a temporary folder, answering. */
    public static PrivateServer start(Kind kind) {
        try {
            Path folder = Files.createTempDirectory("tthc-private-" + kind.command);
            String output = script(kind.command + "-start", folder.toString());
            String[] lines = output.strip().split("\n");
            return new PrivateServer(kind, folder, Integer.parseInt(lines[lines.length - 1].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its port on 127.0.0.1 (HTTP for ClickHouse). */
    public int port() {
        return port;
    }

    /** A crash: SIGKILL for ClickHouse, PostgreSQL's immediate shutdown (no checkpoint, as after a crash). */
    public void kill() {
        script(kind.command + "-stop", folder.toString(), "--kill");
    }

    /** Starts it again on its port and data, and waits until it answers. */
    public void restart() {
        script(kind.command + "-start", folder.toString());
    }

    @Override
    public void close() {
        script(kind.command + "-stop", folder.toString());
    }
}
