import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAutomaton, createStreamMatcher } from '../../lib/match/automaton';
import { nodesOf, rangeInRun } from '../../lib/page/run-positions';
import { createTextWalk, type TextRun, type TextWalkOptions } from '../../lib/page/text-walk';
import { createFoldTable, foldText } from '../../lib/text/fold';

const foldTable = createFoldTable('兩两個个裡里');
const TERMS = ['两个先行', '浙里甬有'];
const LIANGGE = 0;
const ZHELI = 1;
const automaton = buildAutomaton(
  TERMS.map((term, value) => ({ form: foldText(term, foldTable), value })),
);

afterEach(() => {
  document.body.replaceChildren();
});

/** Parses the test's own markup (never page data) into a fragment. */
const parse = (html: string): DocumentFragment =>
  document.createRange().createContextualFragment(html);

/** A container holding `html`, attached to the document so ranges and shadow roots behave. */
function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.append(parse(html));
  document.body.append(root);
  return root;
}

type WalkExtras = Partial<Omit<TextWalkOptions, 'stream' | 'onRun'>>;

function startWalk(root: Element | ShadowRoot, extras: WalkExtras = {}) {
  const runs: TextRun[] = [];
  const walk = createTextWalk(root, {
    stream: createStreamMatcher({ automaton, foldTable }),
    ownHost: null,
    onRun: (run) => runs.push(run),
    holdsTerm: () => true,
    ...extras,
  });
  return { runs, walk };
}

/** Walks `root` to the end in one go. */
function walkAll(root: Element | ShadowRoot, extras: WalkExtras = {}) {
  const { runs, walk } = startWalk(root, extras);
  expect(walk.step(() => false)).toBe(true);
  return { runs, walk };
}

/** Every candidate as the page text its range covers, with its term. */
function found(runs: readonly TextRun[]): { term: string; text: string }[] {
  return runs.flatMap((run) =>
    run.candidates.map((c) => ({
      term: TERMS[c.value]!,
      text: rangeInRun(run, c.start, c.end)!.toString(),
    })),
  );
}

const termsIn = (html: string, extras: WalkExtras = {}) =>
  found(walkAll(mount(html), extras).runs).map((f) => f.term);

describe('text walk: inline text is one run', () => {
  it('finds a term split across an inline element, with offsets mapping back', () => {
    const root = mount('<p>前面<b>两个</b>先行后面</p>');
    const { runs } = walkAll(root);
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run.block).toBe(root.querySelector('p'));
    expect(nodesOf(run)!.nodes.map((n) => n.data)).toEqual(['前面', '两个', '先行后面']);
    expect(nodesOf(run)!.starts).toEqual([0, 2, 4]);
    expect(run.candidates).toEqual([{ start: 2, end: 6, value: LIANGGE }]);

    const range = rangeInRun(run, 2, 6)!;
    expect(range.toString()).toBe('两个先行');
    expect(range.startContainer).toBe(nodesOf(run)!.nodes[1]);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(nodesOf(run)!.nodes[2]);
    expect(range.endOffset).toBe(2);
  });

  it('finds a term split across three nested inline levels', () => {
    const root = mount('<p>看<span>两<b>个<i>先</i></b></span>行。</p>');
    const { runs } = walkAll(root);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.candidates).toHaveLength(1);
    expect(nodesOf(runs[0]!)!.nodes.map((n) => n.data)).toEqual(['看', '两', '个', '先', '行。']);
    expect(runs[0]!.candidates[0]).toEqual({ start: 1, end: 5, value: LIANGGE });
    expect(found(runs)).toEqual([{ term: '两个先行', text: '两个先行' }]);
    const range = rangeInRun(runs[0]!, 1, 5)!;
    expect(range.startContainer.parentElement?.localName).toBe('span');
    expect(range.endContainer.textContent).toBe('行。');
  });

  it('maps offsets back through folded and skipped characters', () => {
    const root = mount('<p>说<em>兩個</em>\n  先 行</p>');
    expect(found(walkAll(root).runs)).toEqual([{ term: '两个先行', text: '兩個\n  先 行' }]);
  });

  it('finds several terms in one run, each with its own range', () => {
    const root = mount('<p><a href="#">浙里</a>甬有和<b>两个先</b>行</p>');
    const { runs } = walkAll(root);
    expect(runs).toHaveLength(1);
    expect(found(runs)).toEqual([
      { term: '浙里甬有', text: '浙里甬有' },
      { term: '两个先行', text: '两个先行' },
    ]);
    expect(runs[0]!.candidates.map((c) => c.value)).toEqual([ZHELI, LIANGGE]);
  });

  it('does not break a term at <br>', () => {
    expect(termsIn('<p>两个<br>先行</p>')).toEqual(['两个先行']);
  });

  it('reports no run for text without terms', () => {
    const onRun = vi.fn<(run: TextRun) => void>();
    const root = mount('<p>没有术语</p><div>也没有<b>两个</b></div>');
    createTextWalk(root, {
      stream: createStreamMatcher({ automaton, foldTable }),
      ownHost: null,
      onRun,
      holdsTerm: () => true,
    }).step(() => false);
    expect(onRun).not.toHaveBeenCalled();
  });
});

describe('text walk: blocks cut runs', () => {
  it('does not find a term split across paragraphs', () => {
    expect(termsIn('<div><p>两个</p><p>先行</p></div>')).toEqual([]);
  });

  it('does not find a term split by an empty block', () => {
    expect(termsIn('两个<div></div>先行')).toEqual([]);
    expect(termsIn('两个<hr>先行')).toEqual([]);
  });

  it('does not find a term split by a block inside an inline element', () => {
    expect(termsIn('<p>两个<span><div>x</div></span>先行</p>')).toEqual([]);
  });

  it('gives each run its nearest block, including the root after a nested block', () => {
    const root = mount('两个先行<section>浙里甬有</section>两个先行');
    const { runs } = walkAll(root);
    expect(runs.map((r) => r.block)).toEqual([root, root.querySelector('section'), root]);
    expect(runs.map((r) => nodesOf(r)!.nodes.map((n) => n.data))).toEqual([
      ['两个先行'],
      ['浙里甬有'],
      ['两个先行'],
    ]);
    expect(found(runs).map((f) => f.text)).toEqual(['两个先行', '浙里甬有', '两个先行']);
  });

  it('starts offsets again at 0 in each run', () => {
    const { runs } = walkAll(mount('<p>前言两个先行</p><p>浙里甬有</p>'));
    expect(runs.map((r) => r.candidates)).toEqual([
      [{ start: 2, end: 6, value: LIANGGE }],
      [{ start: 0, end: 4, value: ZHELI }],
    ]);
  });
});

describe('text walk: what is not read', () => {
  const SKIPPED = [
    '<script>两个先行</script>',
    '<style>/* 两个先行 */</style>',
    '<textarea>两个先行</textarea>',
    '<code>两个先行</code>',
    '<pre>两个先行</pre>',
    '<div contenteditable>两个先行</div>',
    '<div contenteditable="true">两个先行</div>',
    '<span contenteditable="plaintext-only">两个先行</span>',
    '<button>两个先行</button>',
  ];

  it.each(SKIPPED)('does not read %s', (html) => {
    const onText = vi.fn<(node: Text) => void>();
    const { runs, walk } = walkAll(mount(`<p>${html}</p>`), { onText });
    expect(runs).toEqual([]);
    expect(onText).not.toHaveBeenCalled();
    expect(walk.scannedChars).toBe(0);
  });

  it.each(SKIPPED.map((html) => html.replace('两个先行', 'x').replace('/* x */', 'x')))(
    'separates the text on either side of %s',
    (html) => {
      expect(termsIn(`<p>两个${html}先行</p>`)).toEqual([]);
      expect(termsIn(`<p>浙里甬有${html}两个先行</p>`)).toEqual(['浙里甬有', '两个先行']);
    },
  );

  it('does not read ruby annotations, but reads the base text', () => {
    expect(termsIn('<p><ruby>两个先行<rp>(</rp><rt>liǎng gè</rt><rp>)</rp></ruby></p>')).toEqual([
      '两个先行',
    ]);
    expect(termsIn('<p><ruby>汉<rt>两个先行</rt></ruby></p>')).toEqual([]);
  });

  it('reads through comments', () => {
    expect(termsIn('<p>两个<!-- note -->先行</p>')).toEqual(['两个先行']);
  });

  it('reads contenteditable="false"', () => {
    expect(termsIn('<p>两个<span contenteditable="false">先行</span></p>')).toEqual(['两个先行']);
  });

  it('skips its own host, and separates around it', () => {
    const html = '<p>浙里甬有<span id="lens">两个先行</span>两个先行</p>';
    expect(termsIn(html)).toEqual(['浙里甬有', '两个先行', '两个先行']);
    const root = mount(html);
    const onText = vi.fn<(node: Text) => void>();
    const { runs } = walkAll(root, { ownHost: root.querySelector('#lens'), onText });
    expect(found(runs)).toEqual([
      { term: '浙里甬有', text: '浙里甬有' },
      { term: '两个先行', text: '两个先行' },
    ]);
    expect(nodesOf(runs[1]!)!.nodes[0]?.parentElement?.localName).toBe('p');
    expect(onText).toHaveBeenCalledTimes(2);

    const split = mount('<p>两个<span id="lens">x</span>先行</p>');
    expect(found(walkAll(split, { ownHost: split.querySelector('#lens') }).runs)).toEqual([]);
  });
});

describe('text walk: options', () => {
  it('does not enter nested blocks with ownRunsOnly, but still reads its own text', () => {
    const root = mount('两<b>个</b>先行<p>浙里甬有</p><div>两个先行</div>两个先行');
    const own = walkAll(root, { ownRunsOnly: true });
    expect(own.runs.map((r) => r.block)).toEqual([root, root]);
    expect(found(own.runs).map((f) => f.text)).toEqual(['两个先行', '两个先行']);
    expect(own.walk.scannedChars).toBe('两个先行两个先行'.length);

    const all = walkAll(root);
    expect(found(all.runs).map((f) => f.term)).toEqual([
      '两个先行',
      '浙里甬有',
      '两个先行',
      '两个先行',
    ]);
  });

  it('keeps text on either side of a skipped nested block apart with ownRunsOnly', () => {
    expect(termsIn('<p>两个<div>x</div>先行</p>', { ownRunsOnly: true })).toEqual([]);
  });

  it('reports an open shadow root without entering it', () => {
    const root = mount('<p>两个先行</p><div id="host">浙</div>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(parse('<p>浙里甬有</p>'));
    const onShadowRoot = vi.fn<(shadow: ShadowRoot) => void>();
    const { runs } = walkAll(root, { onShadowRoot });
    expect(onShadowRoot).toHaveBeenCalledTimes(1);
    expect(onShadowRoot).toHaveBeenCalledWith(shadow);
    expect(found(runs).map((f) => f.term)).toEqual(['两个先行']);

    // The caller walks the shadow root on its own; its runs belong to it.
    const inside = walkAll(shadow);
    expect(found(inside.runs).map((f) => f.term)).toEqual(['浙里甬有']);
    expect(inside.runs[0]!.block).toBe(shadow.querySelector('p'));
    const bare = host.appendChild(document.createElement('span'));
    bare.attachShadow({ mode: 'open' }).append('两个先行');
    const direct = walkAll(bare.shadowRoot!);
    expect(direct.runs[0]!.block).toBe(bare.shadowRoot);
  });

  it('does not report a closed shadow root', () => {
    const root = mount('<div id="host"></div>');
    root.querySelector('#host')!.attachShadow({ mode: 'closed' });
    const onShadowRoot = vi.fn<(shadow: ShadowRoot) => void>();
    walkAll(root, { onShadowRoot });
    expect(onShadowRoot).not.toHaveBeenCalled();
  });

  it('calls onText for each non-empty text node it walks, and onLeaf for each leaf read whole', () => {
    const root = mount('三<p>一<b>两个</b>先行</p><script>x</script>五<div>四</div>');
    root.append(document.createTextNode(''));
    const onText = vi.fn<(node: Text) => void>();
    const onLeaf = vi.fn<(block: Element) => void>();
    walkAll(root, { onText, onLeaf });
    expect(onText.mock.calls.map(([node]) => node.data)).toEqual(['三', '五']);
    expect(onLeaf.mock.calls.map(([block]) => block.localName)).toEqual(['p', 'div']);
  });

  it('reads a leaf block whole, reports it only when it has a term, and finds its nodes when asked', () => {
    const root = mount('<p>前<b>两<i>个</i></b>先行</p><p>没有<b>术语</b></p>');
    const { runs } = walkAll(root);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.nodes).toBeNull();
    expect(nodesOf(runs[0]!)!.nodes.map((n) => n.data)).toEqual(['前', '两', '个', '先行']);
    expect(runs[0]!.starts).toEqual([0, 1, 2, 3]);
    expect(runs[0]!.length).toBe(5);
    expect(found(runs)).toEqual([{ term: '两个先行', text: '两个先行' }]);
  });

  it('finds no nodes for a leaf whose text changed length, and a range nowhere', () => {
    const root = mount('<p>前面两个先行</p>');
    const [run] = walkAll(root).runs;
    (root.querySelector('p')!.firstChild as Text).data = '两个先行';
    expect(nodesOf(run!)).toBeNull();
    expect(rangeInRun(run!, 2, 6)).toBeNull();
  });

  it('walks a block node by node when a leaf read would differ from its run', () => {
    // Ruby annotations, skipped elements and editable regions are not in the run.
    expect(termsIn('<p>两<rt>liǎng</rt>个先行</p>')).toEqual(['两个先行']);
    expect(termsIn('<p>两个<code>x</code>先行</p>')).toEqual([]);
    expect(termsIn('<p>两个先行<span contenteditable>两个先行</span></p>')).toEqual(['两个先行']);
  });

  it('counts the characters it read', () => {
    const root = mount('<p>前面<b>两个</b>先行</p><script>ignored</script><!-- note -->尾');
    const { walk } = walkAll(root);
    expect(walk.scannedChars).toBe('前面两个先行尾'.length);
    expect(walk.step(() => false)).toBe(true);
    expect(walk.scannedChars).toBe('前面两个先行尾'.length);
  });
});

describe('text walk: pausing', () => {
  /** Paragraphs of inline pieces, with terms split across nodes and blocks. */
  function largeDocument(): HTMLElement {
    const parts: string[] = [];
    for (let i = 0; i < 400; i++) {
      parts.push(
        i % 7 === 0
          ? `<p>第${i}段<b>两个</b><i>先</i>行，<span>浙里</span>甬有</p>`
          : `<p>第${i}段没有<em>术语</em><b>两个</b></p><p>先行</p>`,
      );
    }
    return mount(parts.join(''));
  }

  const summary = (runs: readonly TextRun[]) =>
    runs.map((run) => ({
      block: run.block,
      nodes: [...nodesOf(run)!.nodes],
      starts: [...nodesOf(run)!.starts],
      candidates: run.candidates,
    }));

  it('pauses when asked on a large document, and resumes to the same result', () => {
    const root = largeDocument();
    const whole = walkAll(root);
    expect(whole.runs.length).toBeGreaterThan(50);

    const onText = vi.fn<(node: Text) => void>();
    const paused = startWalk(root, { onText });
    let steps = 1;
    while (!paused.walk.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(2);
    expect(summary(paused.runs)).toEqual(summary(whole.runs));
    expect(paused.walk.scannedChars).toBe(whole.walk.scannedChars);
    expect(onText).toHaveBeenCalledTimes(new Set(onText.mock.calls.map(([n]) => n)).size);
  });

  it('reports nothing more until resumed, and keeps a run open across a pause', () => {
    const root = largeDocument();
    const whole = walkAll(root);
    const paused = startWalk(root);
    expect(paused.walk.step(() => true)).toBe(false);
    const before = paused.runs.length;
    const charsBefore = paused.walk.scannedChars;
    expect(before).toBeLessThan(whole.runs.length);
    expect(charsBefore).toBeGreaterThan(0);
    expect(charsBefore).toBeLessThan(whole.walk.scannedChars);
    expect(paused.walk.step(() => false)).toBe(true);
    expect(found(paused.runs)).toEqual(found(whole.runs));
  });

  it('finds a term whose nodes straddle a pause', () => {
    // 600 empty inline elements push the yield check into the middle of the term.
    // In the root's own text, which is walked node by node (a leaf block is read whole).
    const filler = '<b></b>'.repeat(600);
    const root = mount(`两个${filler}先行`);
    const paused = startWalk(root);
    expect(paused.walk.step(() => true)).toBe(false);
    expect(paused.runs).toEqual([]);
    expect(paused.walk.step(() => true)).toBe(true);
    expect(found(paused.runs)).toEqual([{ term: '两个先行', text: '两个先行' }]);
  });

  it('starts over when the page removed where it paused', () => {
    const root = mount('<p>两个先行</p>'.repeat(600));
    const onLeaf = vi.fn<(block: Element) => void>();
    const paused = startWalk(root, { onLeaf });
    expect(paused.walk.step(() => true)).toBe(false);
    const read = onLeaf.mock.calls.length;
    expect(paused.runs).toHaveLength(read);
    for (const unread of Array.from(root.children).slice(read)) unread.remove();

    expect(paused.walk.step(() => false)).toBe(true);
    // Everything left is read again, so the caller can replace what it had.
    expect(onLeaf).toHaveBeenCalledTimes(2 * read);
    expect(paused.runs).toHaveLength(2 * read);
    expect(paused.runs.every((run) => nodesOf(run)!.nodes[0]!.isConnected)).toBe(true);
    expect(nodesOf(paused.runs[read]!)!.nodes[0]).toBe(nodesOf(paused.runs[0]!)!.nodes[0]);
  });

  it('never pauses a small document', () => {
    const shouldYield = vi.fn(() => true);
    const { walk, runs } = startWalk(mount('<p>两个先行</p>'));
    expect(walk.step(shouldYield)).toBe(true);
    expect(shouldYield).not.toHaveBeenCalled();
    expect(runs).toHaveLength(1);
  });
});

describe('text walk: regressions', () => {
  it('reports only runs whose candidates hold a term, read whole or walked', () => {
    // 浙里甬有 stands in for a word that only speaks about a term beside it.
    const root = mount(
      '<p>浙里甬有</p><p>两个先行，浙里甬有</p>' +
        '<div>浙里<b>甬有</b><p>x</p></div><div>两个<i>先行</i><p>x</p></div>',
    );
    const holdsTerm = vi.fn((candidates: readonly { value: number }[]) =>
      candidates.some(({ value }) => value === LIANGGE),
    );
    const { runs } = walkAll(root, { holdsTerm });
    expect(runs.map((run) => run.candidates.map((c) => TERMS[c.value]))).toEqual([
      ['两个先行', '浙里甬有'],
      ['两个先行'],
    ]);
    expect(runs.map((run) => run.nodes === null)).toEqual([true, false]);
    expect(holdsTerm).toHaveBeenCalledTimes(4);
  });

  it('reads through ruby annotations without reading the pinyin', () => {
    const root = mount(
      '<p><ruby>两<rt>liǎng</rt>个<rt>gè</rt>先<rt>xiān</rt>行<rt>xíng</rt></ruby></p>' +
        '<p><ruby>两个<rp>(</rp><rt>x</rt><rp>)</rp></ruby>先行</p>',
    );
    const { runs } = walkAll(root);
    expect(found(runs).map((f) => f.term)).toEqual(['两个先行', '两个先行']);
    expect(found(runs)[1]!.text).toBe('两个(x)先行');
  });

  it('starts a walk from a clean stream matcher, whatever another walk left in it', () => {
    const stream = createStreamMatcher({ automaton, foldTable });
    const first = mount(`两个${'<b></b>'.repeat(600)}`);
    const paused = createTextWalk(first, {
      stream,
      ownHost: null,
      onRun: () => undefined,
      holdsTerm: () => true,
    });
    let checks = 0;
    expect(paused.step(() => ++checks > 0)).toBe(false);
    const second = mount('<p>先行者</p>');
    const runs: TextRun[] = [];
    createTextWalk(second, {
      stream,
      ownHost: null,
      onRun: (r) => runs.push(r),
      holdsTerm: () => true,
    }).step(() => false);
    expect(runs).toEqual([]);
  });

  it('never leaves its root when the paused node is moved out of it', () => {
    const root = mount('<p>a</p>'.repeat(600));
    const outside = document.createElement('section');
    outside.append(parse('<p>两个先行</p>'));
    document.body.append(outside);
    const { runs, walk } = startWalk(root);
    expect(walk.step(() => true)).toBe(false);
    outside.prepend(...Array.from(root.children).slice(200));
    expect(walk.step(() => false)).toBe(true);
    expect(runs.every((run) => root.contains(nodesOf(run)!.nodes[0]!))).toBe(true);
    expect(runs).toEqual([]);
  });
});
