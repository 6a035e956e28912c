package org.tthc.warehouse.delta;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A write into a warehouse table failed because the file system of the warehouse's data folder is full: the operating
 * system's "No space left on device". Says which folder, which write and at which Delta version the table is: Delta
 * commits a version only after its data files are written, so a write that runs out of space commits nothing and the
 * files it did write are not part of the table.
 */
public final class DataFolderFullException extends RuntimeException {
    /** What the operating system says (ENOSPC), in the message of the {@link IOException} Java throws. */
    static final String NO_SPACE_LEFT = "No space left on device";

    private final Path dataFolder;
    private final WarehouseTable table;
    private final long version;

    DataFolderFullException(Path dataFolder, String write, WarehouseTable table, long versionBefore, long version,
                            Throwable cause) {
        super("the data folder " + dataFolder + " is full (" + NO_SPACE_LEFT + ") while " + write + "; "
                + (version == versionBefore ? "nothing was committed, the table stays at version " + version
                : "the table was committed at version " + version + " before the failure")
                + "; free space there and run the write again", cause);
        this.dataFolder = dataFolder;
        this.table = table;
        this.version = version;
    }

    /** Whether {@code failure} or one of its causes is an {@link IOException} of a full disk. */
    static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains(NO_SPACE_LEFT)) {
                return true;
            }
        }
        return false;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public WarehouseTable table() {
        return table;
    }

    /** The table's Delta version after the failed write. */
    public long version() {
        return version;
    }
}
