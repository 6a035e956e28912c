package org.tthc.warehouse;

import static org.tthc.warehouse.TestServices.script;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file system of a few megabytes of the test's own, a tmpfs mounted through
 * {@code scripts/test-services.sh smalldisk-mount DIR SIZE_MB}: a data folder the test fills up, so that writes fail as
 * on a full disk, with the operating system's own "No space left on device". Mounting needs root or sudo; without them
 * {@link #mount} fails with the script's message (the test fails, it is not skipped). Closing unmounts it.
 */
public final class SmallDisk implements AutoCloseable {
    /** tmpfs hands out space in pages: a file of one byte takes 4 KiB. */
    public static final int PAGE = 4096;

    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** Mounts a file system of {@code megabytes} on {@code folder}, created if absent. */
    public static SmallDisk mount(Path folder, int megabytes) {
        Path absolute = folder.toAbsolutePath().normalize();
        script("smalldisk-mount", absolute.toString(), Integer.toString(megabytes));
        return new SmallDisk(absolute);
    }

    public Path folder() {
        return folder;
    }

    /** Bytes still free. */
    public long freeBytes() {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the file {@code file} (on this disk) until only {@code bytesLeft}, rounded up to whole pages, stay free;
     * deleting the file frees the space again.
     */
    public Path fillLeaving(Path file, long bytesLeft) {
        long size = (freeBytes() - bytesLeft) / PAGE * PAGE;
        if (size < 0) {
            throw new IllegalStateException("only " + freeBytes() + " bytes are free on " + folder + ", not "
                    + bytesLeft);
        }
        byte[] block = new byte[PAGE];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += PAGE) {
                out.write(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill " + folder + " with " + file, e);
        }
        return file;
    }

    @Override
    public void close() {
        script("smalldisk-unmount", folder.toString());
    }
}
