package org.tthc.warehouse.statistics;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A read that callers share without reading stale: each caller gets the result of a read that started after it
 * asked, and callers who ask while a read is running share the next one. At most one read runs at a time, so twenty
 * concurrent callers cost about two reads each rather than twenty. For reads whose answer may change at any moment
 * (the Delta versions of the warehouse's tables, which another process may commit to).
 */
final class SharedRead<T> {
    private final Supplier<T> read;
    private final Object lock = new Object();
    /** The read that callers who asked since the running one started will share; not started yet. */
    private CompletableFuture<T> next;
    private boolean reading;

    SharedRead(Supplier<T> read) {
        this.read = read;
    }

    T get() {
        CompletableFuture<T> mine;
        synchronized (lock) {
            if (next == null) {
                next = new CompletableFuture<>();
            }
            mine = next;
        }
        while (!mine.isDone()) {
            boolean lead;
            synchronized (lock) {
                lead = !reading && next == mine;
                if (lead) {
                    reading = true;
                    next = null;
                } else {
                    while (reading && !mine.isDone()) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted while waiting for a shared read", e);
                        }
                    }
                }
            }
            if (lead) {
                try {
                    mine.complete(read.get());
                } catch (RuntimeException | Error e) {
                    mine.completeExceptionally(e);
                } finally {
                    synchronized (lock) {
                        reading = false;
                        lock.notifyAll();
                    }
                }
            }
        }
        try {
            return mine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
