package org.tthc.warehouse.clickhouse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * Keeps the JVM's signal handlers in place across calls into chDB.
 *
 * <p>HotSpot handles SIGSEGV, SIGBUS, SIGILL and SIGFPE itself: an implicit null check in compiled code, a safepoint
 * poll and a stack bang are faults it turns into a NullPointerException or a pause. chDB, like any ClickHouse,
 * installs its crash handlers over them when it connects (measured with 26.7.3: SIGILL, SIGTRAP, SIGABRT, SIGBUS,
 * SIGFPE, SIGSEGV, SIGTSTP, SIGSYS), and the next NullPointerException of compiled Java code then lands in
 * ClickHouse's handler, which stalls the thread for five minutes and kills the process. {@link ChdbProcess} therefore
 * calls {@code chdb_set_signal_handlers_enabled(0)} before the first connect. That is not the whole story: 26.7.3
 * still re-registers SIGSEGV during connect (with {@code SA_ONSTACK} added), and the 26.7.0 sources reset the
 * deadly signals to {@code SIG_DFL} in the opt-out and again in every connect, which would kill the JVM at its next
 * null check, with no hs_err file since that is written by the handler that is gone.
 *
 * <p>{@link #preserve} therefore records the disposition of every classic signal (1–31) before a chDB call and puts
 * back exactly each one the call changed, whatever the chDB version does. Real-time signals are left to chDB: the JVM
 * uses none, and chDB's SIGRTMIN handler serves its own threads. Should a chDB version reset a handler again, the
 * microseconds between its reset and our restore remain a window in which a fault on another JVM thread is fatal;
 * {@code LD_PRELOAD=$JAVA_HOME/lib/libjsig.so} (HotSpot's signal chaining) closes it.
 */
final class JvmSignalHandlers {
    /** {@code sizeof(struct sigaction)} is 152 on x86_64 glibc; the rest is room for other ABIs. */
    private static final int SIGACTION_BYTES = 256;
    /**
     * The fields of glibc's x86_64 {@code struct sigaction} that describe a disposition: handler (0), the kernel's
     * 64-bit signal mask (8), flags (136) and restorer (144). The other 120 bytes of {@code sa_mask} are whatever
     * glibc's stack held (it copies a whole {@code sigset_t} out of a kernel struct that fills 8 bytes of it), so
     * comparing them would see a change on every call.
     */
    private static final long[] MEANINGFUL_OFFSETS = {0, 8, 136, 144};
    /** {@code SA_ONSTACK}: run the handler on the thread's alternate signal stack, when the thread has one. */
    private static final long SA_ONSTACK = 0x0800_0000L;
    private static final long ALL_FLAGS = 0xFFFF_FFFFL;
    private static final int SIGKILL = 9;
    private static final int SIGSTOP = 19;
    private static final int LAST_CLASSIC_SIGNAL = 31;
    private static final long SNAPSHOT_BYTES = (long) SIGACTION_BYTES * (LAST_CLASSIC_SIGNAL + 1);

    /** The dispositions before the current call and after it; reused, since calls are serialised anyway. */
    private static final Memory BEFORE = new Memory(SNAPSHOT_BYTES);
    private static final Memory AFTER = new Memory(SNAPSHOT_BYTES);

    private JvmSignalHandlers() {
    }

    /** Runs {@code nativeCall}, then restores every signal disposition it changed. */
    static <T> T preserve(Supplier<T> nativeCall) {
        synchronized (JvmSignalHandlers.class) {
            read(BEFORE);
            try {
                return nativeCall.get();
            } finally {
                read(AFTER);
                forEachSignal(signal -> {
                    if (!sameDisposition(BEFORE, AFTER, signal, ALL_FLAGS)) {
                        LibC.sigaction(signal, BEFORE.share((long) signal * SIGACTION_BYTES), null);
                    }
                });
            }
        }
    }

    static void preserve(Runnable nativeCall) {
        preserve(() -> {
            nativeCall.run();
            return null;
        });
    }

    /**
     * The signals whose disposition differs from {@code snapshot}, for tests and diagnostics, {@code SA_ONSTACK} aside.
     * Every thread ClickHouse starts (its {@code ThreadStatus}) gives itself an alternate signal stack and adds
     * {@code SA_ONSTACK} to whatever SIGSEGV handler is installed, so that a stack overflow can still be reported. The
     * handler stays the JVM's, and the flag changes nothing for JVM threads, which have no alternate stack; but chDB
     * starts such threads in the background (merges, pool growth) at any moment, outside any call {@link #preserve}
     * guards, so the flag comes and goes between a call's restore and a later look.
     */
    static List<Integer> changedSince(Memory snapshot) {
        List<Integer> changed = new ArrayList<>();
        try (Memory now = snapshot()) {
            forEachSignal(signal -> {
                if (!sameDisposition(snapshot, now, signal, ALL_FLAGS & ~SA_ONSTACK)) {
                    changed.add(signal);
                }
            });
        }
        return changed;
    }

    /** Handler, mask, flags and restorer of {@code signal} in {@code snapshot}, in hexadecimal, for diagnostics. */
    static String describe(Memory snapshot, int signal) {
        long slot = (long) signal * SIGACTION_BYTES;
        return String.format("signal %d: handler %x, mask %x, flags %x, restorer %x", signal, snapshot.getLong(slot),
                snapshot.getLong(slot + 8), snapshot.getLong(slot + 136) & ALL_FLAGS, snapshot.getLong(slot + 144));
    }

    /** The current dispositions of the classic signals. */
    static Memory snapshot() {
        Memory snapshot = new Memory(SNAPSHOT_BYTES);
        read(snapshot);
        return snapshot;
    }

    private static void read(Memory snapshot) {
        forEachSignal(signal -> {
            if (LibC.sigaction(signal, null, snapshot.share((long) signal * SIGACTION_BYTES)) != 0) {
                throw new IllegalStateException("sigaction(" + signal + ", NULL, old) failed");
            }
        });
    }

    /** Whether handler, mask, restorer and the flags in {@code comparedFlags} (sa_flags is an int) are the same. */
    private static boolean sameDisposition(Memory one, Memory other, int signal, long comparedFlags) {
        long slot = (long) signal * SIGACTION_BYTES;
        for (long offset : MEANINGFUL_OFFSETS) {
            long mask = offset == 136 ? comparedFlags : -1L;
            if ((one.getLong(slot + offset) & mask) != (other.getLong(slot + offset) & mask)) {
                return false;
            }
        }
        return true;
    }

    private static void forEachSignal(IntConsumer action) {
        for (int signal = 1; signal <= LAST_CLASSIC_SIGNAL; signal++) {
            if (signal != SIGKILL && signal != SIGSTOP) {
                action.accept(signal);
            }
        }
    }

    /**
     * The C library's {@code sigaction}, bound directly (JNA direct mapping: a fraction of a microsecond per call, where
     * an interface mapping costs several and a guarded call makes 58 of them).
     */
    private static final class LibC {
        static {
            Native.register(LibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
        }

        static native int sigaction(int signal, Pointer action, Pointer previous);
    }
}
