import type { HoverCardProps } from '../components/HoverCard';

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
}
