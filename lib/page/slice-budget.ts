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

/** The events that tell the reader is interacting with the page. */
export const INTERACTION_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'];

/** The slice budget, given how long ago the reader last interacted (Infinity: never). */
export function sliceBudgetMs(msSinceInteraction: number): number {
  return msSinceInteraction < INTERACTION_QUIET_MS ? INTERACTIVE_SLICE_BUDGET_MS : SLICE_BUDGET_MS;
}
