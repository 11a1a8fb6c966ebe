import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import {
  collectPageErrors,
  initialScanDone,
  mount,
  nextBatch,
  startLens,
  type Lens,
} from '../start-lens';

let lens: Lens | undefined;

afterEach(() => {
  lens?.stop();
  lens = undefined;
  document.body.replaceChildren();
});

/** A container of `count` paragraphs, every `termEvery`-th holding 浙里甬有 (none if it is larger). */
function paragraphs(count: number, termEvery: number): HTMLElement {
  const root = document.createElement('div');
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const p = document.createElement('p');
    p.append((i + 1) % termEvery === 0 ? `第${i}段说到浙里甬有。` : `第${i}段没有术语的文字。`);
    fragment.append(p);
  }
  root.append(fragment);
  document.body.append(root);
  return root;
}

describe('page scanner: slices', () => {
  it('scans a page too large for one slice in several, and finds every term after resuming', async () => {
    const root = paragraphs(30_000, 300);
    lens = startLens({ root });
    // The first slice runs at once, inside start(), and cannot get through the page.
    expect(lens.batches).toBe(1);
    expect(lens.scanner.stats.initialScanDoneAt).toBe(0);
    expect(lens.termCounts()['zheli-yongyou'] ?? 0).toBeLessThan(100);

    await initialScanDone(lens);
    expect(lens.termCounts()).toEqual({ 'zheli-yongyou': 100 });
    expect(lens.batches).toBeGreaterThan(2);
    expect(lens.scanner.stats.initialChars).toBe(root.textContent!.length);
  });
});

describe('page scanner: a small page without terms', () => {
  it('reads its text once, walks nothing, and still marks a term that arrives later', async () => {
    const root = paragraphs(50, Infinity);
    lens = startLens({ root });
    await initialScanDone(lens);
    expect(lens.scanner.stats.initialChars).toBe(root.textContent!.length);
    expect(lens.termCounts()).toEqual({});
    const change = nextBatch(lens);
    root.firstElementChild!.append('又说到浙里甬有。');
    await change;
    expect(lens.termCounts()).toEqual({ 'zheli-yongyou': 1 });
  });

  it('still scans its open shadow roots, and text that ruby annotations run through', async () => {
    const root = paragraphs(50, Infinity);
    const host = document.createElement('div');
    root.append(host);
    host
      .attachShadow({ mode: 'open' })
      .append(Object.assign(document.createElement('p'), { textContent: '影子里的锋领港城' }));
    lens = startLens({ root });
    await initialScanDone(lens);
    expect(lens.termCounts()).toEqual({ 'fengling-gangcheng': 1 });
    lens.stop();

    const ruby = document.createElement('p');
    ruby.append(
      document.createRange().createContextualFragment('<ruby>两<rt>liǎng</rt>个</ruby>先行'),
    );
    root.append(ruby);
    lens = startLens({ root });
    await initialScanDone(lens);
    expect(lens.termCounts()).toEqual({ 'fengling-gangcheng': 1, 'liangge-xianxing': 1 });
  });
});

describe('page scanner: changes', () => {
  /** A page of filler text around one block that changes. */
  async function pageWith(html: string): Promise<{ lens: Lens; scanned: () => number }> {
    paragraphs(300, Infinity);
    mount(html);
    lens = startLens({ root: document.body });
    await initialScanDone(lens);
    const before = lens.scanner.stats.scannedChars;
    expect(before).toBeGreaterThan(3_000);
    const current = lens;
    return { lens: current, scanned: () => current.scanner.stats.scannedChars - before };
  }

  it('rescans only the block whose text changed', async () => {
    const { lens, scanned } = await pageWith('<p id="changing">没有术语</p>');
    const text = document.getElementById('changing')!.firstChild as Text;
    const rescan = nextBatch(lens);
    text.data = '这里说的是浙里甬有';
    await rescan;
    expect(lens.termCounts()).toEqual({ 'zheli-yongyou': 1 });
    expect(scanned()).toBe('这里说的是浙里甬有'.length);
  });

  it('drops the marks of a region made editable, and marks it again when it no longer is', async () => {
    const { lens } = await pageWith('<div id="note"><p>这里说的是浙里甬有</p></div>');
    expect(lens.termCounts()).toEqual({ 'zheli-yongyou': 1 });
    const note = document.getElementById('note')!;
    let change = nextBatch(lens);
    note.setAttribute('contenteditable', 'true');
    await change;
    expect(lens.termCounts()).toEqual({});
    change = nextBatch(lens);
    note.setAttribute('contenteditable', 'false');
    await change;
    expect(lens.termCounts()).toEqual({ 'zheli-yongyou': 1 });
  });

  it('drops every mark once the document is in design mode, and marks again when it leaves it', async () => {
    const { lens } = await pageWith('<p id="doc">这里说的是浙里甬有</p>');
    expect(lens.termCounts()).toEqual({ 'zheli-yongyou': 1 });
    onTestFinished(() => void (document.designMode = 'off'));
    // No mutation tells of design mode: the reader's first click (a selection change) does.
    let change = nextBatch(lens);
    document.designMode = 'on';
    document.getSelection()!.collapse(document.getElementById('doc')!.firstChild, 2);
    await change;
    expect(lens.termCounts()).toEqual({});
    // Typing changes the text: still nothing marked while the document is editable.
    change = nextBatch(lens);
    document.getElementById('doc')!.append('，浙里甬有');
    await change;
    expect(lens.termCounts()).toEqual({});

    change = nextBatch(lens);
    document.designMode = 'off';
    document.getSelection()!.collapse(document.getElementById('doc')!.firstChild, 3);
    await change;
    expect(lens.termCounts()).toEqual({ 'zheli-yongyou': 2 });
  });

  it('rescans only the block an inline element was added to', async () => {
    const { lens, scanned } = await pageWith('<p id="changing">前文两个先行</p>');
    const block = document.getElementById('changing')!;
    const rescan = nextBatch(lens);
    const added = document.createElement('b');
    added.textContent = '三交底';
    block.append(added);
    await rescan;
    expect(lens.termCounts()).toEqual({ 'liangge-xianxing': 1, 'san-jiaodi': 1 });
    expect(scanned()).toBe('前文两个先行三交底'.length);
  });

  it('scans an added block alone', async () => {
    const { lens, scanned } = await pageWith('<section id="changing"></section>');
    const rescan = nextBatch(lens);
    const added = document.createElement('p');
    added.textContent = '新来的一段：知行学堂';
    document.getElementById('changing')!.append(added);
    await rescan;
    expect(lens.termCounts()).toEqual({ 'zhixing-xuetang': 1 });
    expect(scanned()).toBe('新来的一段：知行学堂'.length);
  });

  it('rejoins the text on either side of a removed inline element', async () => {
    const { lens, scanned } = await pageWith('<p id="changing">两个<b>，</b>先行</p>');
    expect(lens.termCounts()).toEqual({});
    const rescan = nextBatch(lens);
    document.querySelector('#changing b')!.remove();
    await rescan;
    expect(lens.termCounts()).toEqual({ 'liangge-xianxing': 1 });
    expect(scanned()).toBe('两个先行'.length);
  });

  it('forgets 200,000 nodes removed in one mutation', async () => {
    const root = document.createElement('div');
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < 200_000; i++) fragment.append(i === 0 ? '浙里甬有' : '字');
    root.append(fragment);
    document.body.append(root);
    lens = startLens({ root: document.body });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toEqual(['浙里甬有']);
    const page = collectPageErrors();

    root.replaceChildren();
    await expect.poll(() => lens!.highlighter.size).toBe(0);
    page.stop();
    expect(page.errors).toEqual([]);
    expect(lens.termCounts()).toEqual({});
  });
});
