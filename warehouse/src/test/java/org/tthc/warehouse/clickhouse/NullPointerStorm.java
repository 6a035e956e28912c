package org.tthc.warehouse.clickhouse;

import java.util.Arrays;

/**
 * Provokes NullPointerExceptions in JIT-compiled code, where HotSpot detects a null by the SIGSEGV of an implicit null
 * check rather than by a test: each round first runs the method on non-null values only, so it is compiled without an
 * explicit check, then hands it nulls. With the JVM's SIGSEGV handler gone the first of them kills the process.
 */
final class NullPointerStorm {
    private static long sink;

    private NullPointerStorm() {
    }

    /** Returns the number of NullPointerExceptions caught. */
    static long provoke(int rounds) {
        String[] withoutNulls = new String[1024];
        Arrays.fill(withoutNulls, "ư");
        String[] withNulls = withoutNulls.clone();
        for (int i = 0; i < withNulls.length; i += 64) {
            withNulls[i] = null;
        }
        long caught = 0;
        for (int round = 0; round < rounds; round++) {
            for (int warm = 0; warm < 200; warm++) {
                sink += totalLength(withoutNulls);
            }
            for (int hot = 0; hot < 200; hot++) {
                for (int i = 0; i < withNulls.length; i++) {
                    try {
                        sink += lengthOf(withNulls, i);
                    } catch (NullPointerException expected) {
                        caught++;
                    }
                }
            }
        }
        return caught;
    }

    private static long totalLength(String[] values) {
        long total = 0;
        for (int i = 0; i < values.length; i++) {
            total += lengthOf(values, i);
        }
        return total;
    }

    private static int lengthOf(String[] values, int index) {
        return values[index].length();
    }
}
