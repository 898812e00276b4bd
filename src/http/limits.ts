/**
 * Size limits on what a request may carry, in one place (docs/operations.md, "Limits", lists them
 * with the reasons). One tenant's input costs that tenant, bounded: nothing a client sends may grow
 * without limit in memory, in the database or in every later read of it.
 */

/** Containers (objects, arrays) nested in a JSON body; the body itself is level 1. */
export const MAX_JSON_DEPTH = 32;
