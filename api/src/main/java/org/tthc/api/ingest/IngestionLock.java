package org.tthc.api.ingest;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One ingestion run at a time in the app: HTTP pushes and scheduled portal pulls share the warehouse and the run
 * ledger, whose {@code start} marks any run still {@code running} as interrupted, so two concurrent runs would fail
 * each other.
 */
public final class IngestionLock {
    private final ReentrantLock lock = new ReentrantLock(true);

    /** Waits for the running ingestion, if any, then runs {@code work}. */
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} only when no ingestion is running; false when one is. */
    public boolean ifIdle(Runnable work) {
        if (!lock.tryLock()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.unlock();
        }
    }
}
