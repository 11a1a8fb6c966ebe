import { afterEach, describe, expect, it } from 'vitest';
import { initialScanDone, mount, rangeTexts, startLens, type Lens } from '../start-lens';

let lens: Lens | undefined;

afterEach(() => {
  lens?.stop();
  lens = undefined;
  document.body.replaceChildren();
});

/** The `::highlight(…)` rules of a stylesheet, by highlight name. */
function highlightRules(sheet: CSSStyleSheet): string[] {
  return Array.from(sheet.cssRules, (rule) => rule.cssText.match(/::highlight\(([^)]+)\)/)?.[1])
    .filter((name) => name !== undefined)
    .sort();
}

/** The adopted stylesheets that style `names`' highlights. */
function sheetsFor(root: Document | ShadowRoot, names: Lens['names']): CSSStyleSheet[] {
  const wanted = [names.marks, names.active].sort().join();
  return root.adoptedStyleSheets.filter((sheet) => highlightRules(sheet).join() === wanted);
}

describe('highlighter', () => {
  it('registers its marks under random names, with their styles adopted by the page', () => {
    lens = startLens({ root: mount('') });
    expect(lens.names.marks).toMatch(/^il-\d+-\d+$/);
    expect(lens.names.active).toBe(`${lens.names.marks}-a`);
    expect(CSS.highlights.get(lens.names.marks)).toBe(lens.marks);
    expect(CSS.highlights.get(lens.names.active)).toBe(lens.active);
    expect(lens.active.priority).toBeGreaterThan(lens.marks.priority);
    expect(sheetsFor(document, lens.names)).toHaveLength(1);
  });

  it('marks the page terms, a term that spans inline elements as one range', async () => {
    lens = startLens({
      root: mount('<p>宁波的<b>两个</b><i>先行</i>和浙里甬有</p><p>繁體的兩個先行</p>'),
    });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toEqual(['两个先行', '兩個先行', '浙里甬有']);
    expect(lens.highlighter.size).toBe(3);
    const spanning = Array.from(lens.marks).find((r) => r.toString() === '两个先行') as Range;
    expect(spanning.startContainer.parentElement!.localName).toBe('b');
    expect(spanning.endContainer.parentElement!.localName).toBe('i');
  });

  it('shows one range as active, or none', async () => {
    lens = startLens({ root: mount('<p>浙里甬有，三交底</p>') });
    await initialScanDone(lens);
    await expect.poll(() => lens!.highlighter.size).toBe(2);
    const [first, second] = Array.from(lens.marks) as Range[];
    lens.highlighter.setActive(first!);
    lens.highlighter.setActive(second!);
    expect(rangeTexts(lens.active)).toEqual([second!.toString()]);
    lens.highlighter.setActive(null);
    expect(lens.active.size).toBe(0);
    expect(lens.highlighter.size).toBe(2);
  });

  it('marks terms in open shadow roots, whose styles it adopts once', async () => {
    const root = mount('<div id="host"></div>');
    const shadow = root.firstElementChild!.attachShadow({ mode: 'open' });
    shadow.append(document.createRange().createContextualFragment('<p>影子里的知行学堂</p>'));
    lens = startLens({ root });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toEqual(['知行学堂']);
    lens.highlighter.adoptInto(shadow);
    expect(sheetsFor(shadow, lens.names)).toHaveLength(1);
  });

  it('leaves no registry entry or stylesheet behind when disposed', () => {
    const root = mount('<div id="host"></div>');
    const shadow = root.firstElementChild!.attachShadow({ mode: 'open' });
    lens = startLens({ root });
    lens.highlighter.adoptInto(shadow);
    const { names } = lens;
    lens.stop();
    lens = undefined;
    expect(CSS.highlights.has(names.marks)).toBe(false);
    expect(CSS.highlights.has(names.active)).toBe(false);
    expect(sheetsFor(document, names)).toEqual([]);
    expect(sheetsFor(shadow, names)).toEqual([]);
    // The next highlighter starts afresh, under new names.
    lens = startLens({ root });
    expect(lens.names.marks).not.toBe(names.marks);
  });
});
