import { afterEach, describe, expect, it } from 'vitest';
import type { HighlightStyles } from '../../../lib/page/highlighter';
import { initialScanDone, mount, rangeTexts, startLens, type Lens } from '../start-lens';

let lens: Lens | undefined;

afterEach(() => {
  lens?.stop();
  lens = undefined;
  document.body.replaceChildren();
});

/** The highlight names a stylesheet styles, each once. */
function highlightRules(sheet: CSSStyleSheet): string[] {
  const names = Array.from(sheet.cssRules, (rule) =>
    Array.from(rule.cssText.matchAll(/::highlight\(([^)]+)\)/g), (m) => m[1]!),
  ).flat();
  return [...new Set(names)].sort();
}

/** The adopted stylesheets that style exactly the highlights named. */
function sheetsFor(root: Document | ShadowRoot, names: readonly string[]): CSSStyleSheet[] {
  const wanted = [...names].sort().join();
  return root.adoptedStyleSheets.filter((sheet) => highlightRules(sheet).join() === wanted);
}

/** How many ranges each registered highlight of the lens holds, by look suffix. */
function sizes(styles: HighlightStyles): Record<string, number> {
  return Object.fromEntries([...styles.looks].map(([suffix, h]) => [suffix, h.size]));
}

describe('highlighter', () => {
  it('registers a highlight per look under one random prefix, each styled by the page, with the first mark', async () => {
    const root = mount('');
    lens = startLens({ root });
    const names = lens.styles.named.map(([name]) => name);
    // Nothing marked yet: the page's registry does not show the extension.
    for (const name of names) expect(CSS.highlights.has(name)).toBe(false);
    root.append(document.createRange().createContextualFragment('<p>浙里甬有</p>'));
    await expect.poll(() => lens!.highlighter.size).toBe(1);
    const prefix = names[0]!.match(/^il-\d+-\d+-/)?.[0];
    expect(prefix).toBeDefined();
    expect(names.map((name) => name.slice(prefix!.length)).sort()).toEqual([
      'active',
      'tint-medium',
      'tint-soft',
      'tint-strong',
      'underline-medium',
      'underline-soft',
      'underline-strong',
    ]);
    for (const [suffix, highlight] of lens.styles.looks)
      expect(CSS.highlights.get(prefix + suffix)).toBe(highlight);
    expect(CSS.highlights.get(`${prefix}active`)).toBe(lens.active);
    expect(lens.active.priority).toBeGreaterThan(lens.marks.priority);
    expect(sheetsFor(document, names)).toHaveLength(1);
  });

  it('changes the look by moving the ranges, and keeps them when nothing is drawn', async () => {
    lens = startLens({ root: mount('<p>浙里甬有，三交底</p>') });
    await initialScanDone(lens);
    await expect.poll(() => lens!.highlighter.size).toBe(2);
    const ranges = Array.from(lens.marks) as Range[];
    const none = { ...sizes(lens.styles), 'underline-medium': 0 };
    expect(sizes(lens.styles)).toEqual({ ...none, 'underline-medium': 2 });

    lens.highlighter.setLook({ markStyle: 'tint', markIntensity: 'strong' });
    expect(sizes(lens.styles)).toEqual({ ...none, 'tint-strong': 2 });

    lens.highlighter.setLook({ markStyle: 'none', markIntensity: 'strong' });
    expect(sizes(lens.styles)).toEqual(none);
    expect(lens.highlighter.size).toBe(2);
    // The keyboard path still shows the term it is on.
    lens.highlighter.setActive(ranges[0]!);
    expect(rangeTexts(lens.active)).toEqual([ranges[0]!.toString()]);
    lens.highlighter.setActive(null);

    lens.highlighter.setLook({ markStyle: 'underline', markIntensity: 'soft' });
    expect(sizes(lens.styles)).toEqual({ ...none, 'underline-soft': 2 });
    expect(rangeTexts(lens.styles.looks.get('underline-soft')!)).toEqual(['三交底', '浙里甬有']);
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
    expect(
      sheetsFor(
        shadow,
        lens.styles.named.map(([name]) => name),
      ),
    ).toHaveLength(1);
  });

  it('leaves no registry entry or stylesheet behind when disposed', async () => {
    const root = mount('<div id="host"></div><p>浙里甬有</p>');
    const shadow = root.firstElementChild!.attachShadow({ mode: 'open' });
    lens = startLens({ root });
    lens.highlighter.adoptInto(shadow);
    await expect.poll(() => lens!.highlighter.size).toBe(1);
    const names = lens.styles.named.map(([name]) => name);
    expect(CSS.highlights.has(names[0]!)).toBe(true);
    lens.stop();
    lens = undefined;
    for (const name of names) expect(CSS.highlights.has(name)).toBe(false);
    expect(sheetsFor(document, names)).toEqual([]);
    expect(sheetsFor(shadow, names)).toEqual([]);
    // The next highlighter starts afresh, under new names.
    lens = startLens({ root });
    expect(lens.styles.named[0]![0]).not.toBe(names[0]);
  });
});
