/**
 * How long a scan slice may hold the main thread before it yields. While the
 * reader is not interacting, longer slices finish a large page sooner: every
 * yield lets the browser render a frame, and on a large document each frame
 * costs more (a 20 MB page took 6.5 s with 8 ms slices, 4.4 s with 16 ms).
 * While they scroll, type or click, frames matter more, and slices are short.
 */
export const SLICE_BUDGET_MS = 16;
export const INTERACTIVE_SLICE_BUDGET_MS = 8;
/** How long after the reader's last scroll, key, click or touch slices stay short. */
export const INTERACTION_QUIET_MS = 1000;
/**
 * How long slices stay short when a scan starts: the first marks wait for the
 * first yield after the blocks on screen are read, and are painted sooner
 * (5 MB page: first marks 138 ms with short slices, 167 ms with long ones).
 */
export const STARTING_MS = 100;

/** The events that tell the reader is interacting with the page. */
export const INTERACTION_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'];

/**
 * The slice budget, given how long ago the reader last interacted (Infinity:
 * never) and how long ago the scanner started.
 */
export function sliceBudgetMs({
  sinceInteraction,
  sinceStart,
}: {
  sinceInteraction: number;
  sinceStart: number;
}): number {
  return sinceInteraction < INTERACTION_QUIET_MS || sinceStart < STARTING_MS
    ? INTERACTIVE_SLICE_BUDGET_MS
    : SLICE_BUDGET_MS;
}
