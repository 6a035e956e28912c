package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A caller of a shared read never gets a read that started before it asked; callers waiting together share one. */
class SharedReadTest {

    @Test
    void callersWhoAskDuringAReadShareTheNextOneNotTheRunningOne() throws Exception {
        AtomicInteger started = new AtomicInteger();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        SharedRead<Integer> read = new SharedRead<>(() -> {
            int n = started.incrementAndGet();
            if (n == 1) {
                firstRunning.countDown();
                await(releaseFirst);
            }
            return n;
        });

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(read::get);
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(read::get);
        CompletableFuture<Integer> third = CompletableFuture.supplyAsync(read::get);
        Thread.sleep(200); // both are waiting for the first read to end
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.get(10, TimeUnit.SECONDS)).as("a read started after it asked").isEqualTo(2);
        assertThat(third.get(10, TimeUnit.SECONDS)).as("the same next read").isEqualTo(2);
        assertThat(started).hasValue(2);
        assertThat(read.get()).as("a caller alone reads afresh").isEqualTo(3);
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextCallerReadsAgain() {
        AtomicInteger calls = new AtomicInteger();
        SharedRead<Integer> read = new SharedRead<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the log is unreadable");
            }
            return calls.get();
        });
        assertThatThrownBy(read::get).isInstanceOf(IllegalStateException.class).hasMessage("the log is unreadable");
        assertThat(read.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
