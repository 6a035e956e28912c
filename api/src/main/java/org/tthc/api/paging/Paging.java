package org.tthc.api.paging;

import java.util.List;

/**
 * The API's one way of paging a list (docs/api.md): {@code page} counts from 0, {@code size} is 1 to
 * {@value #MAX_SIZE}; the answer is an object with {@code page}, {@code size}, {@code total} (all items) and the
 * items of that page under the resource's name. A page past the end is empty, not an error.
 */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 500;

    /** @throws IllegalArgumentException (a 400 problem) for a negative page or a size outside 1 to 500 */
    public Paging {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_SIZE + "; was page "
                    + page + ", size " + size);
        }
    }

    /** The items of this page among {@code all}. */
    public <T> List<T> of(List<T> all) {
        int from = (int) Math.min((long) page * size, all.size());
        return all.subList(from, Math.min(from + size, all.size()));
    }
}
