package org.tthc.domain.organisation;

/** How an organisation code ends and hands its work to another (reference.md §5.5, the 2025 reform). */
public enum SuccessionKind {
    /** Several organisations become one (old communes into a new commune, a province into a larger one). */
    MERGE,
    /** One organisation is divided among several (an abolished district among its new communes). */
    SPLIT,
    /** The organisation continues under a new code. */
    RENAME
}
