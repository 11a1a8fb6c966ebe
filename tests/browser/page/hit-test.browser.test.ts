import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { rectUnderPoint, textPointAt } from '../../../lib/page/hit-test';
import { rangeOf, type PageMatch } from '../../../lib/page/page-matches';
import { initialScanDone, mount, startLens, type Lens } from '../start-lens';

let lens: Lens | undefined;

afterEach(() => {
  lens?.stop();
  lens = undefined;
  document.body.replaceChildren();
});

/** Starts the lens on `html` (set up further by `prepare`) and waits until `term` is marked. */
async function markedPage(
  html: string,
  term: string,
  prepare: (root: HTMLElement) => void = () => undefined,
): Promise<Lens> {
  const root = mount(`<div style="font-size: 24px; width: 800px">${html}</div>`);
  prepare(root);
  lens = startLens({ root });
  await initialScanDone(lens);
  await expect.poll(() => lens!.markedTexts()).toContain(term);
  return lens;
}

/** The marked match whose text is `term`. */
function matchOf(lens: Lens, term: string): PageMatch {
  const match = lens.matches.visibleMatches().find((m) => rangeOf(m)?.toString() === term);
  if (!match) throw new Error(`${term} is not marked`);
  return match;
}

/** Moves the real pointer to a viewport point; resolves with where the page saw it. */
async function pointerAt(x: number, y: number): Promise<{ x: number; y: number }> {
  let seen: { x: number; y: number } | undefined;
  const onMove = (event: PointerEvent) => {
    if (event.isTrusted) seen = { x: event.clientX, y: event.clientY };
  };
  document.addEventListener('pointermove', onMove);
  await userEvent.pointer({ coords: { x, y } });
  document.removeEventListener('pointermove', onMove);
  if (!seen) throw new Error('no pointermove reached the page');
  return seen;
}

/** The centre of a rect, rounded to whole pixels as pointer events report it. */
const centre = (rect: DOMRect) => ({
  x: Math.round(rect.left + rect.width / 2),
  y: Math.round(rect.top + rect.height / 2),
});

describe('hit test', () => {
  it('finds the marked term under the pointer', async () => {
    const lens = await markedPage('<p>前面的文字，浙里甬有，后面的文字</p>', '浙里甬有');
    const range = rangeOf(matchOf(lens, '浙里甬有'))!;
    const rect = range.getClientRects()[0]!;
    const { x, y } = await pointerAt(centre(rect).x, centre(rect).y);

    const point = textPointAt({ x, y });
    expect(point?.node).toBe(range.startContainer);
    expect(lens.matches.matchAt(point!)).toBe(matchOf(lens, '浙里甬有'));
    expect(rectUnderPoint(range, x, y)).toEqual(rect);
  });

  it('finds a term that spans inline elements from either part', async () => {
    const lens = await markedPage('<p>宁波的<b>两个</b><i>先行</i>之路</p>', '两个先行');
    const match = matchOf(lens, '两个先行');
    for (const part of ['b', 'i']) {
      const { x, y } = await pointerAt(
        centre(document.querySelector(part)!.getBoundingClientRect()).x,
        centre(document.querySelector(part)!.getBoundingClientRect()).y,
      );
      expect(lens.matches.matchAt(textPointAt({ x, y })!)).toBe(match);
    }
  });

  it('finds no term beside a line that ends with one, though the caret snaps to it', async () => {
    const lens = await markedPage('<p>这一行以浙里甬有</p>', '浙里甬有');
    const range = rangeOf(matchOf(lens, '浙里甬有'))!;
    const rect = range.getClientRects()[0]!;
    const { x, y } = await pointerAt(Math.round(rect.right + 100), centre(rect).y);

    const point = textPointAt({ x, y });
    expect(lens.matches.matchAt(point!)).toBe(matchOf(lens, '浙里甬有'));
    expect(rectUnderPoint(range, x, y)).toBeUndefined();
  });

  it('looks into the open shadow roots under the point, nested ones too', async () => {
    const lens = await markedPage('<div id="host"></div>', '知行学堂', (root) => {
      const outer = root.querySelector('#host')!.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      outer.append(inner);
      inner
        .attachShadow({ mode: 'open' })
        .append(document.createRange().createContextualFragment('<p>影子里的知行学堂</p>'));
    });
    const range = rangeOf(matchOf(lens, '知行学堂'))!;
    const { x, y } = await pointerAt(
      centre(range.getClientRects()[0]!).x,
      centre(range.getClientRects()[0]!).y,
    );

    const inside = textPointAt({ x, y });
    expect(inside?.node).toBe(range.startContainer);
    expect(lens.matches.matchAt(inside!)).toBe(matchOf(lens, '知行学堂'));
  });
});
