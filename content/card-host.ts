import type { CardAppearance, CardState } from '../components/HoverCard';
import type { TermCard } from '../lib/pack/term-card';
import type { MuteScope } from '../lib/protocol/background-protocol';
import { placeCard } from '../lib/page/card-position';
import type { CardView } from '../lib/page/card-view';
import { randomName } from '../lib/page/random-name';
import type { CardPart } from './card-part';

// Inline !important beats any page rule on the host; the popover top layer keeps
// the card above full-screen elements and any z-index.
const HOST_STYLE = [
  // First, so no page rule aimed at the host (colour, writing mode, …) survives;
  // `all` leaves direction alone, and the card's languages read left to right.
  'all: initial',
  'direction: ltr',
  // The host only exists while shown, so forcing display cannot show a closed card.
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'position: fixed',
  'inset: auto',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
  'overflow: visible',
  'width: auto',
  'height: auto',
  'max-width: none',
  'max-height: none',
  'color-scheme: light dark',
]
  .map((rule) => `${rule} !important;`)
  .join('');

export interface CardHost {
  /** The host element, once `prepare` has made it (the page scan skips it). */
  readonly element: HTMLElement | null;
  readonly isOpen: boolean;
  /** Whether the card UI is loaded, so `show` can run at once. */
  readonly ready: boolean;
  /**
   * Loads the card UI and makes the host (once); hovering a term calls it so
   * the card is ready when the delay ends. Rejects if the page stops the host
   * being made: the marks keep working without a card.
   */
  prepare(): Promise<void>;
  /** Shows the card; does nothing until `prepare` has resolved. */
  show(options: { state: CardState; termRect: DOMRect; focus: boolean }): void;
  update(state: CardState): void;
  hide(): void;
  /** Who to tell when the reader closes the card from inside it. */
  onClose(listener: () => void): void;
  /** Moves focus into the open card. */
  focus(): void;
  /** Whether an event's target is the card (events from inside it are retargeted to the host). */
  containsTarget(target: EventTarget | null): boolean;
  /** Whether a point of the viewport is on the open card. */
  containsPoint(x: number, y: number): boolean;
  /** What the open card shows, for the extension's drivers; null when closed. */
  view(): CardView | null;
}

/** Elements whose children are not drawn: the card cannot live inside them. */
const REPLACED = new Set(['video', 'canvas', 'iframe', 'img', 'embed', 'object']);

/** Where the card's host goes: the full-screen element, if it can hold the card, else the root. */
function hostParent(): Element {
  const fullscreen = document.fullscreenElement;
  return fullscreen && !REPLACED.has(fullscreen.localName) ? fullscreen : document.documentElement;
}

/** The host of the hover card; it is attached to the page only while shown. */
export function createCardHost({
  loadUi,
  onReadFull,
  onMute,
  readerNote,
  appearance,
  shadowMode,
}: {
  loadUi(): Promise<CardPart>;
  onReadFull(address: string): void;
  onMute?(scope: MuteScope, card: TermCard): void;
  readerNote?: string;
  /** Read at each paint, so a changed setting shows at the next opening. */
  appearance(): CardAppearance;
  /**
   * `closed` on web pages, whose scripts must not read or drive the card;
   * `open` on the extension's own pages, which run no foreign script and whose
   * accessibility audit reads the card.
   */
  shadowMode: ShadowRootMode;
}): CardHost {
  let ui:
    { part: CardPart; element: HTMLElement; shadow: ShadowRoot; mount: HTMLElement } | undefined;
  let loading: Promise<void> | undefined;

  let termRect: DOMRect | null = null;
  let open = false;
  let closeListener = (): void => undefined;
  const onClose = () => closeListener();
  // A new generation per opening resets the card's own state (the pager, "Copied").
  let generation = 0;

  let status: CardState['status'] = 'loading';
  const paint = (state: CardState) => {
    status = state.status;
    ui?.part.paint(ui.mount, {
      generation,
      state,
      onReadFull,
      onClose,
      onMute:
        onMute &&
        ((scope, card) => {
          onClose();
          onMute(scope, card);
        }),
      readerNote,
      appearance: appearance(),
    });
  };

  const cardElement = (): HTMLElement | null =>
    ui?.mount.firstElementChild instanceof HTMLElement ? ui.mount.firstElementChild : null;

  const position = () => {
    const card = cardElement();
    if (!termRect || !card || !ui) return;
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const place = placeCard({
      termRect,
      card: { width: size.width, height: size.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
    ui.element.style.setProperty('left', `${place.left}px`, 'important');
    ui.element.style.setProperty('top', `${place.top}px`, 'important');
    card.style.maxHeight = `${place.maxHeight}px`;
  };

  return {
    get element() {
      return ui?.element ?? null;
    },
    get isOpen() {
      return open;
    },
    get ready() {
      return ui !== undefined;
    },
    prepare() {
      loading ??= loadUi().then((part) => {
        // A tag the page cannot predict, so it cannot define that custom
        // element first (its constructor could take the shadow root).
        const element = document.createElement(randomName());
        element.setAttribute('popover', 'manual');
        const shadow = element.attachShadow({ mode: shadowMode });
        // Whatever the mode, only the user's own clicks act (open a tab,
        // switch a site off): a script that reaches a button gets nothing.
        shadow.addEventListener(
          'click',
          (event) => {
            if (event.isTrusted) return;
            event.stopPropagation();
            event.preventDefault();
          },
          { capture: true },
        );
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(part.styles);
        shadow.adoptedStyleSheets = [sheet];
        const mount = document.createElement('div');
        shadow.append(mount);
        ui = { part, element, shadow, mount };
        // One render while the host is off the page (no style, no layout): the
        // card's code runs once before the reader's first card, which otherwise
        // pays for it when the hover delay ends.
        paint({ status: 'loading', text: '' });
        part.paint(mount, null);
      });
      return loading;
    },
    show({ state, termRect: rect, focus }) {
      if (!ui) return;
      const { element } = ui;
      generation++;
      termRect = rect;
      element.style.cssText = HOST_STYLE;
      // Inside a full-screen element when there is one: outside it, Chrome draws
      // the card (top layer) but hands the clicks to the full-screen element.
      const parent = hostParent();
      if (element.parentNode !== parent) parent.append(element);
      paint(state);
      if (!open) element.showPopover();
      open = true;
      position();
      if (focus) cardElement()?.focus();
    },
    update(state) {
      if (!open) return;
      paint(state);
      position();
    },
    hide() {
      if (!open || !ui) return;
      open = false;
      termRect = null;
      ui.element.hidePopover();
      ui.part.paint(ui.mount, null);
      ui.element.remove();
    },
    onClose(listener) {
      closeListener = listener;
    },
    focus() {
      if (open) cardElement()?.focus();
    },
    containsTarget(target) {
      return ui !== undefined && target instanceof Node && ui.element.contains(target);
    },
    containsPoint(x, y) {
      const r = open ? cardElement()?.getBoundingClientRect() : undefined;
      return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
    view() {
      return open && ui ? ui.part.describe(ui.element, ui.shadow, status) : null;
    },
  };
}
