/** A box in the frame's viewport, as `getBoundingClientRect` gives it. */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What an open hover card shows, read from inside its closed shadow root. The
 * page cannot read the card; the extension's own drivers (end-to-end tests,
 * the benchmark, the demo) ask the content script for this instead, and click
 * a control at its box with a real pointer.
 */
export interface CardView {
  /** Whether the card still waits for its entry, shows it, or could not get it. */
  status: 'loading' | 'ready' | 'unavailable';
  /** The heading: the term as the card names it. */
  term: string;
  /** Everything the card shows, as drawn (`innerText`). */
  text: string;
  /** The words the excerpt highlights. */
  highlighted: string[];
  box: ViewBox;
  /** Whether the card is what a pointer at its centre would hit (nothing of the page covers it). */
  onTop: boolean;
  /** Buttons and links by accessible name, each with its box. */
  controls: { name: string; box: ViewBox }[];
  /** The focused control's accessible name, `card` when the card itself has focus, else null. */
  focus: string | null;
  scroll: { top: number; height: number; clientHeight: number };
  style: {
    color: string;
    background: string;
    borderRadius: string;
    writingMode: string;
    termFontSize: string;
  };
}

const boxOf = (element: Element): ViewBox => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};

const nameOf = (element: Element): string =>
  element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';

/** Reads the open card inside `shadow`; null when no card is drawn. */
export function describeCard(
  host: Element,
  shadow: ShadowRoot,
  status: CardView['status'],
): CardView | null {
  const card = shadow.querySelector<HTMLElement>('.card');
  if (!card) return null;
  const box = boxOf(card);
  const style = getComputedStyle(card);
  const term = card.querySelector('.term');
  const focused = shadow.activeElement;
  return {
    status,
    term: term?.textContent?.trim() ?? '',
    text: card.innerText,
    highlighted: Array.from(card.querySelectorAll('mark'), (mark) => mark.textContent ?? ''),
    box,
    onTop: document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === host,
    controls: Array.from(card.querySelectorAll('button, a[href]'), (control) => ({
      name: nameOf(control),
      box: boxOf(control),
    })),
    focus: focused === card ? 'card' : focused ? nameOf(focused) : null,
    scroll: { top: card.scrollTop, height: card.scrollHeight, clientHeight: card.clientHeight },
    style: {
      color: style.color,
      background: style.backgroundColor,
      borderRadius: style.borderTopLeftRadius,
      writingMode: style.writingMode,
      termFontSize: term ? getComputedStyle(term).fontSize : '',
    },
  };
}

const isBox = (value: unknown): value is ViewBox =>
  typeof value === 'object' &&
  value !== null &&
  ['x', 'y', 'width', 'height'].every(
    (field) => typeof (value as Record<string, unknown>)[field] === 'number',
  );

/** Checks a card view that arrived as plain data. */
export function isCardView(value: unknown): value is CardView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  return (
    ['loading', 'ready', 'unavailable'].includes(view.status as string) &&
    typeof view.term === 'string' &&
    typeof view.text === 'string' &&
    Array.isArray(view.highlighted) &&
    isBox(view.box) &&
    typeof view.onTop === 'boolean' &&
    Array.isArray(view.controls) &&
    view.controls.every(
      (control: unknown) =>
        typeof (control as { name?: unknown }).name === 'string' &&
        isBox((control as { box?: unknown }).box),
    ) &&
    (view.focus === null || typeof view.focus === 'string') &&
    typeof view.scroll === 'object' &&
    typeof view.style === 'object'
  );
}
