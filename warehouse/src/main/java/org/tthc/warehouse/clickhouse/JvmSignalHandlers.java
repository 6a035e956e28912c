package org.tthc.warehouse.clickhouse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Keeps the JVM's signal handlers in place across calls into chDB.
 *
 * <p>HotSpot handles SIGSEGV, SIGBUS, SIGILL and SIGFPE itself: an implicit null check in compiled code, a safepoint
 * poll and a stack bang are faults it turns into a NullPointerException or a pause. chDB, like any ClickHouse,
 * installs crash handlers for those signals when it connects, and its opt-out ({@code
 * chdb_set_signal_handlers_enabled(0)}) does not leave them alone either: it resets them to {@code SIG_DFL}, on the
 * call and again inside every {@code chdb_connect} (chdb-core programs/local/chdb.cpp). Either way the next
 * NullPointerException of compiled Java code kills the process, with no hs_err file since that is written by the
 * handler that is gone.
 *
 * <p>{@link #preserve} records the disposition of every classic signal (1–31) before a chDB call and puts back each one
 * the call changed. Real-time signals are left to chDB: the JVM uses none, and chDB's SIGRTMIN handler serves its own
 * threads. During the call itself, for the microseconds between chDB's reset and our restore, another JVM thread that
 * faults would still die; only {@code LD_PRELOAD=$JAVA_HOME/lib/libjsig.so} (HotSpot's signal chaining, which makes
 * such a {@code sigaction} a no-op for the JVM's signals) closes that window, so chDB connects once per process.
 */
final class JvmSignalHandlers {
    /** {@code sizeof(struct sigaction)} is 152 on x86_64 glibc; the rest is room for other ABIs. */
    private static final int SIGACTION_BYTES = 256;
    private static final int SIGKILL = 9;
    private static final int SIGSTOP = 19;
    private static final int LAST_CLASSIC_SIGNAL = 31;

    private JvmSignalHandlers() {
    }

    /** Runs {@code nativeCall}, then restores every signal disposition it changed. */
    static <T> T preserve(Supplier<T> nativeCall) {
        synchronized (JvmSignalHandlers.class) {
            Memory before = snapshot();
            try {
                return nativeCall.get();
            } finally {
                restore(before);
                before.close();
            }
        }
    }

    static void preserve(Runnable nativeCall) {
        preserve(() -> {
            nativeCall.run();
            return null;
        });
    }

    /** The signals whose disposition differs from {@code snapshot}, for tests and diagnostics. */
    static List<Integer> changedSince(Memory snapshot) {
        List<Integer> changed = new ArrayList<>();
        try (Memory now = snapshot()) {
            forEachSignal(signal -> {
                if (!Arrays.equals(slot(snapshot, signal), slot(now, signal))) {
                    changed.add(signal);
                }
            });
        }
        return changed;
    }

    /** The current dispositions of the classic signals. */
    static Memory snapshot() {
        Memory all = new Memory((long) SIGACTION_BYTES * (LAST_CLASSIC_SIGNAL + 1));
        all.clear();
        forEachSignal(signal -> {
            if (LibC.INSTANCE.sigaction(signal, null, all.share((long) signal * SIGACTION_BYTES)) != 0) {
                throw new IllegalStateException("sigaction(" + signal + ") failed, errno " + Native.getLastError());
            }
        });
        return all;
    }

    private static void restore(Memory before) {
        try (Memory now = snapshot()) {
            forEachSignal(signal -> {
                if (!Arrays.equals(slot(before, signal), slot(now, signal))) {
                    LibC.INSTANCE.sigaction(signal, before.share((long) signal * SIGACTION_BYTES), null);
                }
            });
        }
    }

    private static byte[] slot(Memory snapshot, int signal) {
        return snapshot.getByteArray((long) signal * SIGACTION_BYTES, SIGACTION_BYTES);
    }

    private static void forEachSignal(java.util.function.IntConsumer action) {
        for (int signal = 1; signal <= LAST_CLASSIC_SIGNAL; signal++) {
            if (signal != SIGKILL && signal != SIGSTOP) {
                action.accept(signal);
            }
        }
    }

    /** The C library's {@code sigaction}, looked up in the process (not through libjsig's interposer). */
    interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int sigaction(int signal, Pointer action, Pointer previous);
    }
}
