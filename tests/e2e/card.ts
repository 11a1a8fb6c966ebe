import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { CardView } from '../../lib/page/card-view';
import { askTab, tabIdOf } from '../../scripts/lib/ask-content';

/**
 * The hover card of a page's top frame, as a test drives it. The card's shadow
 * root is closed to the page (and to Playwright's selectors): the test asks
 * the content script what the card shows, and clicks its controls with the
 * real pointer at the boxes it reports.
 */
export interface CardDriver {
  /** The open card, or null. */
  view(): Promise<CardView | null>;
  /** Waits for an open card showing its entry (for `term`, when given) and returns it. */
  open(term?: string): Promise<CardView>;
  /** Waits until no card is open. */
  closed(): Promise<void>;
  /** Moves the pointer onto the card's middle. */
  pointAt(): Promise<void>;
  /** Clicks the control named `name` with the real pointer. */
  click(name: string): Promise<void>;
}

export function cardIn(browser: { worker: Worker }, page: Page): CardDriver {
  let tabId: number | undefined;
  const view = async (): Promise<CardView | null> => {
    tabId ??= await tabIdOf(browser.worker, page.url());
    return askTab(browser.worker, tabId, 'getCardView', {});
  };
  const open = async (term?: string): Promise<CardView> => {
    await expect
      .poll(
        async () => {
          const seen = await view();
          return seen?.status === 'ready' && (term === undefined || seen.term === term);
        },
        { message: `a card${term ? ` for ${term}` : ''} opens` },
      )
      .toBe(true);
    return (await view())!;
  };
  const centre = ({ x, y, width, height }: CardView['box']) => ({
    x: x + width / 2,
    y: y + height / 2,
  });
  return {
    view,
    open,
    closed: () => expect.poll(view, { message: 'the card closes' }).toBeNull(),
    async pointAt() {
      const { x, y } = centre((await open()).box);
      await page.mouse.move(x, y, { steps: 8 });
    },
    async click(name) {
      const control = (await open()).controls.find((c) => c.name === name);
      if (!control) throw new Error(`the card has no control named ${name}`);
      const { x, y } = centre(control.box);
      await page.mouse.click(x, y);
    },
  };
}
