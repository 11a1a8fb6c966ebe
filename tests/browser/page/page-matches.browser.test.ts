import { afterEach, describe, expect, it, vi } from 'vitest';
import { rangeOf } from '../../../lib/page/page-matches';
import {
  collectPageErrors,
  everyTermOn,
  initialScanDone,
  mount,
  nextBatch,
  startLens,
  type Lens,
} from '../start-lens';

let lens: Lens | undefined;
let page: ReturnType<typeof collectPageErrors> | undefined;

afterEach(() => {
  lens?.stop();
  lens = undefined;
  page?.stop();
  page = undefined;
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

/**
 * A term on screen, and two blocks far below it, past the screen that is marked
 * ahead: #far, which the test changes, and #after, whose term shows that the
 * blocks down there have been marked.
 */
const FAR_PAGE = (far: string) => `
  <p>屏幕上的锋领港城</p>
  <div style="height: 5000px"></div>
  <p id="far">${far}</p>
  <p id="after">后面的八大攻坚行动</p>
  <div style="height: 2000px"></div>`;

/** Scrolls #far into view and waits until the blocks there have been marked. */
async function scrollToFar(lens: Lens): Promise<void> {
  document.getElementById('far')!.scrollIntoView({ block: 'center' });
  await expect.poll(() => lens.markedTexts()).toContain('八大攻坚行动');
}

describe('page matches: off-screen changes', () => {
  it('marks only what is near the viewport', async () => {
    mount(FAR_PAGE('远处的浙里甬有'));
    lens = startLens({ root: document.body });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toEqual(['锋领港城']);
    expect(lens.termCounts()).toEqual({
      'fengling-gangcheng': 1,
      'zheli-yongyou': 1,
      'ba-da-gongjian': 1,
    });
    await scrollToFar(lens);
    expect(lens.markedTexts()).toEqual(['八大攻坚行动', '浙里甬有', '锋领港城']);
  });

  it('marks every run of a far block that holds several once it comes near, and forgets one that goes', async () => {
    mount(`
      <div style="height: 5000px"></div>
      <div id="far">远处的浙里甬有<p>中间一段</p>又是八大攻坚行动<p>再一段</p>还有锋领港城</div>
      <div style="height: 2000px"></div>`);
    lens = startLens({ root: document.body, idle: 'manual' });
    await initialScanDone(lens);
    expect(lens.markedTexts()).toEqual([]);
    // The middle run goes before the block is ever near: the other two still wait for it.
    document.getElementById('far')!.childNodes[2]!.textContent = '又是别的';
    await new Promise((resolve) => setTimeout(resolve, 50));
    lens.runIdle();
    document.getElementById('far')!.scrollIntoView({ block: 'center' });
    await expect.poll(() => lens!.markedTexts()).toEqual(['浙里甬有', '锋领港城']);
  });

  it('marks blocks whose container was far once it comes near, and in their own time', async () => {
    // Sections are the containers the lens watches; each block of a near one is watched itself.
    mount(`
      <section><p>屏幕上的锋领港城</p></section>
      <div style="height: 5000px"></div>
      <section>
        <p id="far">远处的浙里甬有</p>
        <div style="height: 3000px"></div>
        <p id="after">后面的八大攻坚行动</p>
      </section>
      <div style="height: 2000px"></div>`);
    lens = startLens({ root: document.body });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toEqual(['锋领港城']);
    document.getElementById('far')!.scrollIntoView({ block: 'center' });
    await expect.poll(() => lens!.markedTexts()).toEqual(['浙里甬有', '锋领港城']);
    // #after is in a near container, but itself two screens below.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lens.markedTexts()).toEqual(['浙里甬有', '锋领港城']);
    document.getElementById('after')!.scrollIntoView({ block: 'center' });
    await expect.poll(() => lens!.markedTexts()).toEqual(['八大攻坚行动', '浙里甬有', '锋领港城']);
  });

  it('marks a block on screen that the scan met after hundreds of others, once its container is placed', async () => {
    // Only the first few hundred blocks are observed before their containers are
    // placed; #late is met after 300 blocks with terms, and is on screen.
    mount(`
      <section>${'<p>上面的浙里甬有</p>'.repeat(300)}</section>
      <div style="height: 3000px"></div>
      <section><p id="late">屏幕上的八大攻坚行动</p></section>
      <div style="height: 3000px"></div>`);
    document.getElementById('late')!.scrollIntoView({ block: 'center' });
    lens = startLens({ root: document.body });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toContain('八大攻坚行动');
    expect(lens.termCounts()).toEqual({ 'zheli-yongyou': 300, 'ba-da-gongjian': 1 });
    // The first section ends three screens above: none of it is near enough to mark.
    expect(lens.markedTexts()).toEqual(['八大攻坚行动']);
  });

  // Each case changes #far's text while it is off screen, lets the scanner catch
  // up, then scrolls it into view.
  it.each([
    {
      change: 'changed (same length)',
      before: '前文浙里甬有后文',
      after: (far: HTMLElement) => ((far.firstChild as Text).data = '前文两个先行后文'),
      marked: ['两个先行', '八大攻坚行动'],
    },
    {
      change: 'shortened',
      before: '很长很长很长的前文，然后才是浙里甬有',
      after: (far: HTMLElement) => ((far.firstChild as Text).data = '三交底'),
      marked: ['三交底', '八大攻坚行动'],
    },
    {
      change: 'lengthened',
      before: '浙里甬有',
      after: (far: HTMLElement) =>
        ((far.firstChild as Text).data = '没有术语的文字很长很长，然后才是三交底'),
      marked: ['三交底', '八大攻坚行动'],
    },
    {
      change: 'cut short by a removed element',
      before: '前文浙里<b>甬有</b>后文',
      after: (far: HTMLElement) => far.querySelector('b')!.remove(),
      marked: ['八大攻坚行动'],
    },
  ])(
    'marks the right text after an off-screen term is $change',
    async ({ before, after, marked }) => {
      mount(FAR_PAGE(before));
      lens = startLens({ root: document.body });
      await initialScanDone(lens);
      await expect.poll(() => lens!.markedTexts()).toEqual(['锋领港城']);
      page = collectPageErrors();

      const rescan = nextBatch(lens);
      after(document.getElementById('far')!);
      await rescan;
      await scrollToFar(lens);
      expect(lens.markedTexts()).toEqual([...marked, '锋领港城'].sort());
      expect(page.errors).toEqual([]);
    },
  );

  it('marks nothing stale when the page scrolls before the change is rescanned', async () => {
    mount(FAR_PAGE('很长很长很长的前文，然后才是浙里甬有'));
    lens = startLens({ root: document.body, idle: 'manual' });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toEqual(['锋领港城']);
    page = collectPageErrors();

    (document.getElementById('far')!.firstChild as Text).data = '三交底';
    await expect.poll(() => lens!.idleQueued).toBe(1);
    await scrollToFar(lens);
    expect(lens.markedTexts()).toEqual(['八大攻坚行动', '锋领港城']);
    expect(lens.matches.visibleMatches().map((m) => m.run.block)).not.toContain(
      document.getElementById('far'),
    );

    lens.runIdle();
    await expect.poll(() => lens!.markedTexts()).toEqual(['三交底', '八大攻坚行动', '锋领港城']);
    expect(page.errors).toEqual([]);
  });
});

describe('page matches: counting', () => {
  it('stops counting a run once its text changes, before the change is rescanned', async () => {
    mount(FAR_PAGE('远处的浙里甬有'));
    lens = startLens({ root: document.body, idle: 'manual' });
    await initialScanDone(lens);
    expect(lens.termCounts()).toEqual({
      'fengling-gangcheng': 1,
      'zheli-yongyou': 1,
      'ba-da-gongjian': 1,
    });
    // Counted once, the run is not read again until the page changes.
    (document.getElementById('far')!.firstChild as Text).data = '远处的三交底，已改';
    await expect.poll(() => lens!.idleQueued).toBe(1);
    expect(lens.termCounts()).toEqual({ 'fengling-gangcheng': 1, 'ba-da-gongjian': 1 });
    lens.runIdle();
    expect(lens.termCounts()).toEqual({
      'fengling-gangcheng': 1,
      'san-jiaodi': 1,
      'ba-da-gongjian': 1,
    });
  });
});

describe('page matches: choosing', () => {
  it("chooses a run's matches when it is first marked or counted, not as it is scanned", async () => {
    mount(FAR_PAGE('远处的浙里甬有'));
    const select = vi.fn(everyTermOn);
    lens = startLens({ root: document.body, select });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toEqual(['锋领港城']);
    // Only the run on screen, when it was marked.
    expect(select).toHaveBeenCalledTimes(1);
    expect(lens.termCounts()).toEqual({
      'fengling-gangcheng': 1,
      'zheli-yongyou': 1,
      'ba-da-gongjian': 1,
    });
    expect(select).toHaveBeenCalledTimes(3);
    lens.termCounts();
    expect(select).toHaveBeenCalledTimes(3);
    // A new decision (settings, the page's topic) chooses again only what was chosen.
    lens.matches.resolveAll();
    expect(select).toHaveBeenCalledTimes(6);
  });
});

describe('page matches: visibility', () => {
  it('counts and marks hidden text once the page shows it', async () => {
    mount('<p id="hidden" hidden>藏起来的浙里甬有</p><p>看得见的三交底</p>');
    lens = startLens({ root: document.body });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toEqual(['三交底']);
    expect(lens.termCounts()).toEqual({ 'san-jiaodi': 1 });

    document.getElementById('hidden')!.hidden = false;
    await expect.poll(() => lens!.markedTexts()).toEqual(['三交底', '浙里甬有']);
    expect(lens.termCounts()).toEqual({ 'san-jiaodi': 1, 'zheli-yongyou': 1 });
  });

  it('counts only the rendered part of a paragraph, however it is hidden', async () => {
    const root = mount(
      '<p>看得见的三交底<span style="display:none">藏起来的浙里甬有</span></p>' +
        '<p style="visibility:hidden">藏起来的八大攻坚行动<b style="visibility:visible">露出来的锋领港城</b></p>' +
        '<details><summary>摘要里的知行学堂</summary><p>收起来的两个先行</p></details>' +
        '<p style="display:none">整段藏起来的<b>两个确立</b></p>',
    );
    lens = startLens({ root });
    await initialScanDone(lens);
    await expect.poll(() => lens!.markedTexts()).toHaveLength(3);
    expect(lens.markedTexts().sort()).toEqual(['三交底', '知行学堂', '锋领港城'].sort());
    expect(Object.keys(lens.termCounts()).sort()).toEqual(
      ['san-jiaodi', 'zhixing-xuetang', 'fengling-gangcheng'].sort(),
    );
  });

  it('decides visibility in slices, each stopping when asked, before counting', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) =>
      i % 4 === 0 ? `<p hidden>第${i}段藏起来的三交底</p>` : `<p>第${i}段的<b>三交底</b></p>`,
    );
    const root = mount(paragraphs.join(''));
    lens = startLens({ root });
    await initialScanDone(lens);
    let slices = 0;
    let checks = 0;
    // Stops at the first look at the clock, every time.
    while (!lens.matches.decideVisibility(() => (checks++, true))) slices++;
    expect(slices).toBeGreaterThan(4);
    expect(checks).toBe(slices);
    expect(lens.termCounts()).toEqual({ 'san-jiaodi': 150 });
  });

  it('lists visible matches in document order, across blocks and shadow roots', async () => {
    const root = mount('<p>先是三交底</p><div id="host"></div><p>最后是浙里甬有，又是三交底</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(document.createRange().createContextualFragment('<p>影子里的知行学堂</p>'));
    lens = startLens({ root });
    await initialScanDone(lens);
    const texts = lens.matches.visibleMatches().map((m) => rangeOf(m)!.toString());
    expect(texts).toEqual(['三交底', '知行学堂', '浙里甬有', '三交底']);
    expect(lens.shadowRoots).toEqual([shadow]);
  });
});
