package org.tthc.warehouse.clickhouse;

import java.nio.file.Path;
import java.util.List;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.StringArray;

/**
 * A JVM of its own that connects to chDB, either through {@link ChdbEngine} or with chDB's defaults (its own signal
 * handlers on, no {@link JvmSignalHandlers}), then provokes NullPointerExceptions in compiled code. Run as a child
 * process by {@link ClickHouseChdbSignalHandlersTest}, because with chDB's defaults the process is expected to hang.
 *
 * <p>Arguments: the path of libchdb.so, a storage folder, and {@code engine} or {@code chdb-defaults}. It prints the
 * signals whose disposition the connect changed, then {@code survived N NullPointerExceptions}. A hung probe cannot
 * say so itself: the stuck thread never reaches a safepoint, so every other Java thread soon stops too.
 */
public final class ChdbSignalProbe {
    private ChdbSignalProbe() {
    }

    public static void main(String[] args) {
        Path library = Path.of(args[0]);
        Path storage = Path.of(args[1]);
        Memory before = JvmSignalHandlers.snapshot();
        if (args[2].equals("engine")) {
            System.out.println("connected: " + ChdbEngine.open(library, storage).description());
        } else {
            ChdbLibrary chdb = Native.load(library.toString(), ChdbLibrary.class);
            String[] arguments = {"clickhouse", "--path=" + storage};
            System.out.println("connected with chDB's defaults: "
                    + (chdb.chdb_connect(arguments.length, new StringArray(arguments, "UTF-8")) != null));
        }
        List<Integer> changed = JvmSignalHandlers.changedSince(before);
        System.out.println("signals changed by connecting: " + changed);
        System.out.flush();
        System.out.println("survived " + NullPointerStorm.provoke(20) + " NullPointerExceptions");
    }
}
