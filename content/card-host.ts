import type { CardAppearance, CardState } from '../components/HoverCard';
import type { TermCard } from '../lib/pack/term-card';
import type { MuteScope } from '../lib/protocol/background-protocol';
import { placeCard } from '../lib/page/card-position';
import type { CardPart } from './card-part';

/** Attribute that marks our host element, so the scanner and observers skip it. */
const HOST_TAG = 'interview-lens-card';

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
  /** The host element; it exists from the start so the page scan can skip it. */
  readonly element: HTMLElement;
  /** The card's shadow root, once the card UI is loaded. */
  readonly shadow: ShadowRoot | null;
  readonly isOpen: boolean;
  /** Whether the card UI is loaded, so `show` can run at once. */
  readonly ready: boolean;
  /** Loads the card UI (once); hovering a term calls it so the card is ready when the delay ends. */
  prepare(): Promise<void>;
  /** Shows the card; does nothing until `prepare` has resolved. */
  show(options: { state: CardState; termRect: DOMRect; focus: boolean }): void;
  update(state: CardState): void;
  hide(): void;
  /** Who to tell when the reader closes the card from inside it. */
  onClose(listener: () => void): void;
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
}: {
  loadUi(): Promise<CardPart>;
  onReadFull(address: string): void;
  onMute?(scope: MuteScope, card: TermCard): void;
  readerNote?: string;
  /** Read at each paint, so a changed setting shows at the next opening. */
  appearance(): CardAppearance;
}): CardHost {
  const element = document.createElement(HOST_TAG);
  element.setAttribute('popover', 'manual');
  let ui: { part: CardPart; shadow: ShadowRoot; mount: HTMLElement } | undefined;
  let loading: Promise<void> | undefined;

  let termRect: DOMRect | null = null;
  let open = false;
  let closeListener = (): void => undefined;
  const onClose = () => closeListener();
  // A new generation per opening resets the card's own state (the pager, "Copied").
  let generation = 0;

  const paint = (state: CardState) =>
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

  const cardElement = (): HTMLElement | null =>
    ui?.mount.firstElementChild instanceof HTMLElement ? ui.mount.firstElementChild : null;

  const position = () => {
    const card = cardElement();
    if (!termRect || !card) return;
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const place = placeCard({
      termRect,
      card: { width: size.width, height: size.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
    element.style.setProperty('left', `${place.left}px`, 'important');
    element.style.setProperty('top', `${place.top}px`, 'important');
    card.style.maxHeight = `${place.maxHeight}px`;
  };

  return {
    element,
    get shadow() {
      return ui?.shadow ?? null;
    },
    get isOpen() {
      return open;
    },
    get ready() {
      return ui !== undefined;
    },
    prepare() {
      loading ??= loadUi().then((part) => {
        const shadow = element.attachShadow({ mode: 'open' });
        // A page script can reach into the card and click its buttons (open a
        // tab, switch a site off); only the user's own clicks get through.
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
        ui = { part, shadow, mount };
      });
      return loading;
    },
    show({ state, termRect: rect, focus }) {
      if (!ui) return;
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
      if (!open) return;
      open = false;
      termRect = null;
      element.hidePopover();
      ui?.part.paint(ui.mount, null);
      element.remove();
    },
    onClose(listener) {
      closeListener = listener;
    },
  };
}
