import type { HoverCardProps } from '../components/HoverCard';
import type { describeCard } from '../lib/page/card-view';

/** What `content-card.js` provides: the card's UI, loaded at the first hover. */
export interface CardPart {
  /** The card's stylesheet, for its shadow root. */
  styles: string;
  /**
   * Draws the card into `mount`, or clears it (null). A new `generation`
   * starts the card afresh (its pager and "Copied" state). The part copies
   * citations itself.
   */
  paint(
    mount: HTMLElement,
    view: (Omit<HoverCardProps, 'onCopy'> & { generation: number }) | null,
  ): void;
  /** Reads what the open card shows, for the extension's drivers (see `card-view.ts`). */
  describe: typeof describeCard;
}
