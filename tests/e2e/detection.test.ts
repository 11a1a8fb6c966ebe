import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import matchIndex from '../../data/generated/ningbo-2022.match.json';
import { createFoldTable, foldText } from '../../lib/text/fold';
import { CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { extensionSuite } from './extension-suite';
import { startCrossOriginServer, type FixtureServer } from './fixture-server';
import { readMarks, scrollThrough, waitForMarks, type Mark } from './page-marks';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';

interface Expectation {
  page: string;
  id: string;
  expect: string[];
  initiallyHidden?: boolean;
}

const expectations = JSON.parse(
  readFileSync(new URL('../fixtures/pages/expectations.json', import.meta.url), 'utf8'),
) as Expectation[];
const table = createFoldTable(matchIndex.charFold);
/** Compares what a page shows with a catalog form, across width, Traditional and dash variants. */
const folded = (text: string) => foldText(text, table);
const marksIn = (marks: Mark[], id: string) =>
  marks.filter((m) => m.ids.includes(id)).map((m) => folded(m.text));

const suite = extensionSuite();
let crossOrigin: FixtureServer;
beforeAll(async () => {
  crossOrigin = await startCrossOriginServer();
});
afterAll(() => crossOrigin?.close());

async function openMarked(path: string) {
  const page = await suite.browser.context.newPage();
  await page.goto(`${suite.server.origin}/${path}`);
  await waitForMarks(page);
  await scrollThrough(page);
  return page;
}

describe('finding terms on news pages', () => {
  const byPage = Map.groupBy(
    expectations.filter((e) => !e.initiallyHidden && e.page !== 'unrelated.html'),
    (e) => e.page,
  );
  for (const [pageName, blocks] of byPage) {
    if (pageName === 'frame-inner.html' || pageName === 'cross-origin-host.html') continue;
    it(`marks exactly the expected terms on ${pageName}`, async () => {
      const page = await openMarked(pageName);
      const marks = await readMarks(page);
      for (const block of blocks) {
        expect(marksIn(marks, block.id).sort(), `block #${block.id}`).toEqual(
          block.expect.map(folded).sort(),
        );
      }
      await screenshot(page, `marks-${pageName.replace('.html', '')}`);
      await page.close();
    });
  }

  it('scans same-origin and cross-origin iframes', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(
      `${suite.server.origin}/cross-origin-host.html?frame=${crossOrigin.origin}/frame-inner.html`,
    );
    await waitForMarks(page);
    const frame = page.frames().find((f) => f.url().startsWith(crossOrigin.origin));
    expect(frame, 'cross-origin frame loaded').toBeDefined();
    expect(new URL(frame!.url()).origin).not.toBe(suite.server.origin);
    await waitForMarks(frame!);
    expect(marksIn(await readMarks(frame!), 't-frame')).toEqual([folded('锋领港城')]);

    const sameOrigin = await openMarked('ningbo-simplified.html');
    const inner = sameOrigin.frames().find((f) => f.url().endsWith('/frame-inner.html'));
    await waitForMarks(inner!);
    expect(marksIn(await readMarks(inner!), 't-frame')).toEqual([folded('锋领港城')]);
    await page.close();
    await sameOrigin.close();
  });

  it('leaves everyday words unmarked on an unrelated page', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/unrelated.html`);
    await scrollThrough(page);
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual([]);
    // The generic words are there, so an unmarked page is the gate's doing.
    const text = await page.locator('body').innerText();
    for (const word of ['主旋律', '最大优势', '全生命周期', '金名片', '甬道'])
      expect(text).toContain(word);
    await page.close();
  });

  it('marks a generic word next to Ningbo, and everywhere once the title names it', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/unrelated.html`);
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual([]);
    await page.evaluate(() => {
      const p = Object.assign(document.createElement('p'), {
        id: 'near-ningbo',
        textContent: '记者从宁波了解到，这座港城唱响了开放的主旋律。',
      });
      document.querySelector('article, main, body')!.append(p);
    });
    await expect
      .poll(async () => marksIn(await readMarks(page), 'near-ningbo'))
      .toEqual([folded('主旋律')]);
    // 宁波 in one paragraph says nothing of the others…
    const elsewhere = (marks: Mark[]) =>
      marks.filter((m) => m.ids.includes('g-zhuxuanlv') || m.ids.includes('g-jinmingpian'));
    expect(elsewhere(await readMarks(page))).toEqual([]);
    // …but a title that names it makes the whole page about Ningbo.
    await page.evaluate(() => (document.title = '宁波体育新闻'));
    await page.evaluate(() => {
      const p = Object.assign(document.createElement('p'), { textContent: '又一场比赛。' });
      document.querySelector('article, main, body')!.append(p);
    });
    await expect.poll(async () => elsewhere(await readMarks(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('starts on a page without Chinese once Chinese text arrives', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/no-chinese.html`);
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual([]);
    await page.evaluate(() => {
      const p = Object.assign(document.createElement('p'), {
        id: 'arrived',
        textContent: '宁波正在推进“两个先行”。',
      });
      document.body.prepend(p);
    });
    await waitForMarks(page);
    expect(marksIn(await readMarks(page), 'arrived')).toEqual([folded('两个先行')]);
    await page.close();
  });

  it('decides again after a single-page navigation', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/unrelated.html`);
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual([]);
    /** Does what a single-page app does: a new URL and new content, no page load. */
    const navigate = (path: string, article: { title: string; id: string; text: string }) =>
      page.evaluate(
        ({ path, article }) => {
          history.pushState({}, '', path);
          document.title = article.title;
          const heading = Object.assign(document.createElement('h1'), {
            textContent: article.title,
          });
          const body = Object.assign(document.createElement('p'), {
            id: article.id,
            textContent: article.text,
          });
          (document.querySelector('main') ?? document.body).replaceChildren(heading, body);
          window.scrollTo(0, 0);
        },
        { path, article },
      );
    await navigate('/news/ningbo', {
      title: '宁波港口新闻',
      id: 'spa-1',
      text: '这座城市唱响了发展的主旋律。',
    });
    await expect
      .poll(async () => marksIn(await readMarks(page), 'spa-1'))
      .toEqual([folded('主旋律')]);
    await navigate('/sport/match', {
      title: '足球赛报',
      id: 'spa-2',
      text: '全场球迷高唱主旋律，气氛热烈。',
    });
    await expect.poll(async () => readMarks(page), { timeout: 5000 }).toEqual([]);
    await page.close();
  });

  it('finds content that becomes visible later, and content added after load', async () => {
    const page = await openMarked('ningbo-simplified.html');
    expect(marksIn(await readMarks(page), 't-late')).toEqual([]);
    await page.evaluate(() => document.getElementById('t-late')!.classList.remove('is-collapsed'));
    await page.locator('#t-late').scrollIntoViewIfNeeded();
    await expect
      .poll(async () => marksIn(await readMarks(page), 't-late'))
      .toEqual([folded('知行学堂')]);

    // Infinite scroll: a new paragraph, with a term split across inline tags.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'appended';
      p.append(
        '新加载的报道：',
        Object.assign(document.createElement('em'), { textContent: '全域党建' }),
        '联盟再扩容。',
      );
      document.body.append(p);
      p.scrollIntoView();
    });
    await expect
      .poll(async () => marksIn(await readMarks(page), 'appended'))
      .toEqual([folded('全域党建联盟')]);

    // Text edited in place, then removed: the mark follows.
    await page.evaluate(() => {
      document.getElementById('appended')!.lastChild!.textContent = '盟再扩容。';
    });
    await expect.poll(async () => marksIn(await readMarks(page), 'appended')).toEqual([]);
    await page.evaluate(() => {
      document.getElementById('appended')!.lastChild!.textContent = '联盟再扩容。';
    });
    await expect
      .poll(async () => marksIn(await readMarks(page), 'appended'))
      .toEqual([folded('全域党建联盟')]);
    await page.evaluate(() => document.getElementById('appended')!.remove());
    await expect.poll(async () => marksIn(await readMarks(page), 'appended')).toEqual([]);
    await page.close();
  });

  it('leaves the page text and DOM untouched', async () => {
    const plain = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const reference = await plain.newPage({ viewport: { width: 1280, height: 900 } });
    await reference.goto(`${suite.server.origin}/ningbo-simplified.html`);
    const expected = await reference.evaluate(() => ({
      text: document.body.innerText,
      html: document.body.innerHTML,
    }));
    await plain.close();

    const page = await openMarked('ningbo-simplified.html');
    const actual = await page.evaluate(() => ({
      text: document.body.innerText,
      html: document.body.innerHTML,
    }));
    expect((await readMarks(page)).length).toBeGreaterThan(10);
    expect(actual.text).toBe(expected.text);
    expect(actual.html).toBe(expected.html);
    await page.close();
  });

  it('stops marking national slogans when the setting is off, keeping the others', async () => {
    await setSettings(suite.browser.worker, { markNational: false });
    try {
      const page = await openMarked('hongkong-traditional.html');
      const marks = await readMarks(page);
      expect(marksIn(marks, 't-hk-weihu')).toEqual([]);
      expect(marksIn(marks, 't-hk-zheli')).toEqual([folded('浙里甬有')]);
      await page.close();
    } finally {
      await setSettings(suite.browser.worker, { markNational: true });
    }
  });

  it('stops marking a term switched off, without hiding a shorter one inside it', async () => {
    await setSettings(suite.browser.worker, { disabledTerms: ['ningbo-2022:dazao-zhizao-zhidu'] });
    try {
      const page = await openMarked('ningbo-simplified.html');
      expect(marksIn(await readMarks(page), 't-overlap')).toEqual([folded('全球智造创新之都')]);
      await page.close();
    } finally {
      await setSettings(suite.browser.worker, { disabledTerms: [] });
    }
  });

  it('takes screenshots of a dark page for a readability check', async () => {
    const page = await openMarked('dark.html');
    const marks = await readMarks(page);
    expect(marks.map((m) => folded(m.text))).toContain(folded('浙里甬有'));
    await screenshot(page, 'marks-dark-page');
    await page.close();
  });
});
