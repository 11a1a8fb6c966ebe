import { render } from 'preact';
import cardStyles from '../../components/hover-card.css?inline';
import { HoverCard, type CardState } from '../../components/HoverCard';
import type { TermCard } from '../../lib/pack/term-card';
import { placeCard } from '../../lib/page/card-position';

/** Attribute that marks our host element, so the scanner and observers skip it. */
const HOST_TAG = 'interview-lens-card';

// Inline !important beats any page rule on the host; the popover top layer keeps
// the card above full-screen elements and any z-index.
const HOST_STYLE = [
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
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly isOpen: boolean;
  show(options: { state: CardState; termRect: DOMRect; focus: boolean }): void;
  update(state: CardState): void;
  hide(): void;
  /** Who to tell when the reader closes the card from inside it. */
  onClose(listener: () => void): void;
}

/** The shadow-root host of the hover card; it is attached to the page only while shown. */
export function createCardHost({
  onReadFull,
  onCopy,
  readerNote,
}: {
  onReadFull(paragraphId: string): void;
  onCopy(card: TermCard, placeIndex: number): Promise<boolean>;
  readerNote?: string;
}): CardHost {
  const element = document.createElement(HOST_TAG);
  element.setAttribute('popover', 'manual');
  const shadow = element.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cardStyles);
  shadow.adoptedStyleSheets = [sheet];
  const mount = document.createElement('div');
  shadow.append(mount);

  let termRect: DOMRect | null = null;
  let open = false;
  let closeListener = (): void => undefined;
  const onClose = () => closeListener();
  // A new key per opening resets the card's own state (the pager, "Copied").
  let generation = 0;

  const paint = (state: CardState) =>
    render(
      <HoverCard
        key={generation}
        state={state}
        onReadFull={onReadFull}
        onCopy={onCopy}
        onClose={onClose}
        readerNote={readerNote}
      />,
      mount,
    );

  const position = () => {
    if (!termRect) return;
    const card = mount.firstElementChild as HTMLElement | null;
    if (!card) return;
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
    shadow,
    get isOpen() {
      return open;
    },
    show({ state, termRect: rect, focus }) {
      generation++;
      termRect = rect;
      element.style.cssText = HOST_STYLE;
      if (!element.isConnected) document.documentElement.append(element);
      paint(state);
      if (!open) element.showPopover();
      open = true;
      position();
      if (focus) (mount.firstElementChild as HTMLElement | null)?.focus();
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
      render(null, mount);
      element.remove();
    },
    onClose(listener) {
      closeListener = listener;
    },
  };
}
