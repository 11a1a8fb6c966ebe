import type { CardState } from '../components/HoverCard';
import type { TermRef } from '../lib/match/term-matcher';
import type { HoldKey } from '../lib/settings/settings';
import type { TermCard } from '../lib/pack/term-card';
import type { Highlighter } from '../lib/page/highlighter';
import { rectUnderPoint, textPointAt } from '../lib/page/hit-test';
import { rangeOf, type PageMatch, type PageMatches } from '../lib/page/page-matches';
import type { CardHost } from './card-host';
import type { LensContext } from './lens-context';

/** Time the pointer may spend between the term and the card before the card closes. */
const CLOSE_GRACE_MS = 350;

/** The `key` of each hold key's keydown and keyup, and its flag on pointer events. */
const HOLD_KEY_EVENTS = {
  alt: { key: 'Alt', held: (e: MouseEvent | KeyboardEvent) => e.altKey },
  ctrl: { key: 'Control', held: (e: MouseEvent | KeyboardEvent) => e.ctrlKey },
  shift: { key: 'Shift', held: (e: MouseEvent | KeyboardEvent) => e.shiftKey },
} as const;

export type HoverController = ReturnType<typeof createHoverController>;

/** What `Promise.race` gives when the card is not there yet (a settled promise wins the race). */
const NOT_YET_VALUE = Symbol('not yet');
const NOT_YET = Promise.resolve(NOT_YET_VALUE);

/**
 * Opens the card when the pointer rests on a mark, keeps it open while the
 * pointer is on the card, and closes it on leave (after a grace period), Esc or
 * scroll. One pointer listener for the whole page: marks have no listeners.
 * With a hold key set, a mark counts as hovered only while that key is down,
 * read from the pointer events themselves (they carry it even when focus is in
 * another frame); once the pointer is on the card, the key no longer matters.
 */
export function createHoverController({
  context,
  matches,
  refOf,
  highlighter,
  host,
  hoverDelayMs,
  holdKey,
  loadCard,
  onCardReady,
}: {
  context: LensContext;
  matches: PageMatches;
  refOf(match: PageMatch): TermRef | undefined;
  highlighter: Highlighter;
  host: CardHost;
  hoverDelayMs(): number;
  holdKey(): HoldKey;
  /** The card of a term, quoting the interview in the script of the page's text of it. */
  loadCard(ref: TermRef, pageText: string): Promise<TermCard | null>;
  /** How long the card took from the open request to its content being laid out. */
  onCardReady?(ms: number): void;
}) {
  let hovered: PageMatch | undefined;
  let shown: PageMatch | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let framePending = false;
  let lastPoint = { x: 0, y: 0 };
  /** Whether the hold key (if any) was down at the last pointer or key event. */
  let keyHeld = false;
  const holdKeyDown = (event: MouseEvent | KeyboardEvent): boolean => {
    const key = holdKey();
    return key === 'none' || HOLD_KEY_EVENTS[key].held(event);
  };
  /** Where focus was before a keyboard-opened card took it. */
  let returnFocus: Element | null = null;

  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openTimer = closeTimer = undefined;
  };

  const close = () => {
    clearTimers();
    // A card still waiting for its UI to load must not appear after this.
    shown = undefined;
    highlighter.setActive(null);
    if (!host.isOpen) return;
    host.hide();
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  /** Opens the card for a match, placed against the rect of the term under the pointer. */
  const open = (match: PageMatch, termRect: DOMRect, focus: boolean) => {
    const ref = refOf(match);
    if (!ref) return;
    const requestedAt = performance.now();
    const range = rangeOf(match);
    if (!range) return;
    const text = range.toString();
    shown = match;
    highlighter.setActive(range);
    if (focus) returnFocus = document.activeElement;
    const pending = loadCard(ref, text);
    const stateOf = (card: TermCard | null): CardState =>
      card ? { status: 'ready', card } : { status: 'unavailable', text };
    void host.prepare().then(async () => {
      if (shown !== match) return;
      // The card asked for during the hover delay is usually here by now: then
      // it is drawn at once, without a "loading" frame and a second layout.
      const early = await Promise.race([pending, NOT_YET]);
      if (shown !== match) return;
      if (early !== NOT_YET_VALUE) {
        host.show({ state: stateOf(early), termRect, focus });
        onCardReady?.(performance.now() - requestedAt);
        return;
      }
      host.show({ state: { status: 'loading', text }, termRect, focus });
      void pending.then((card) => {
        if (shown !== match) return;
        host.update(stateOf(card));
        onCardReady?.(performance.now() - requestedAt);
        if (focus) host.focus();
      });
    }, close);
  };

  host.onClose(close);

  const checkSoon = () => {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(check);
  };

  const check = () => {
    framePending = false;
    const { x, y } = lastPoint;
    if (host.containsPoint(x, y)) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    const point = keyHeld ? textPointAt({ x, y }) : null;
    const match = point ? matches.matchAt(point) : undefined;
    const range = match && rangeOf(match);
    const rect = range ? rectUnderPoint(range, x, y) : undefined;
    const under = rect ? match : undefined;
    if (under === hovered) return;
    hovered = under;
    clearTimeout(openTimer);
    if (under && rect) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      if (under === shown) return;
      // Ask for the excerpt and the card's UI now, so both are ready when the delay ends.
      const ref = refOf(under);
      if (ref && range) void loadCard(ref, range.toString());
      host.prepare().catch(() => undefined);
      openTimer = window.setTimeout(() => open(under, rect, false), hoverDelayMs());
    } else if (host.isOpen && closeTimer === undefined) {
      closeTimer = window.setTimeout(close, CLOSE_GRACE_MS);
    }
  };

  context.addEventListener<PointerEvent>(
    document,
    'pointermove',
    (event) => {
      // A page can dispatch pointer events of its own; only the user's open a card.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      const held = holdKeyDown(event);
      // Chrome sends a pointermove after a scroll even though the pointer stayed
      // put; a card the keyboard path just scrolled to must not close for it.
      if (event.clientX === lastPoint.x && event.clientY === lastPoint.y && held === keyHeld)
        return;
      lastPoint = { x: event.clientX, y: event.clientY };
      keyHeld = held;
      checkSoon();
    },
    { passive: true, capture: true },
  );
  // Pressing or releasing the hold key over a term counts as much as moving
  // onto it; these reach only the focused frame, the pointer events cover the rest.
  const onHoldKey = (event: KeyboardEvent) => {
    const key = holdKey();
    if (key === 'none' || event.key !== HOLD_KEY_EVENTS[key].key || !event.isTrusted) return;
    keyHeld = event.type === 'keydown';
    checkSoon();
  };
  context.addEventListener(document, 'keydown', onHoldKey, { capture: true });
  context.addEventListener(document, 'keyup', onHoldKey, { capture: true });
  context.addEventListener<KeyboardEvent>(
    document,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && host.isOpen) {
        event.stopPropagation();
        close();
      }
    },
    { capture: true },
  );
  // The card is fixed to where the term was; once the page scrolls it would point
  // at the wrong words, so it closes (unless the scroll happened inside the card).
  context.addEventListener(
    window,
    'scroll',
    (event) => {
      if (host.isOpen && !host.containsTarget(event.target)) close();
    },
    { passive: true, capture: true },
  );
  context.addEventListener(window, 'blur', () => clearTimeout(openTimer));

  /** The match the last step went to; the next step continues from it even if its card closed. */
  let lastRevealed: PageMatch | undefined;

  /** Scrolls a match into view and opens its card with keyboard focus. */
  const reveal = (match: PageMatch) => {
    lastRevealed = match;
    const range = rangeOf(match);
    if (!range) return;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    // Opening after the scroll's own event, so the scroll does not close it again.
    requestAnimationFrame(() => {
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      open(match, rect, true);
    });
  };

  return {
    close,
    /** Closes the card if its term's text has gone (removed, edited, or the page made editable). */
    closeIfGone() {
      if (shown && !matches.isPresent(shown)) close();
    },
    /**
     * Moves to the next (or previous) marked term on the page and opens its card.
     * Without `wrap`, returns false instead of going round from the last to the first.
     */
    step(
      direction: 1 | -1,
      filter?: (match: PageMatch) => boolean,
      { wrap = true, restart = false }: { wrap?: boolean; restart?: boolean } = {},
    ): boolean {
      const list = matches.visibleMatches().filter((m) => !filter || filter(m));
      if (list.length === 0) return false;
      const from = shown ?? lastRevealed;
      const current = from && !restart ? list.indexOf(from) : -1;
      let next = current === -1 ? (direction === 1 ? 0 : list.length - 1) : current + direction;
      if (next < 0 || next >= list.length) {
        if (!wrap) return false;
        next = (next + list.length) % list.length;
      }
      reveal(list[next]!);
      return true;
    },
  };
}
