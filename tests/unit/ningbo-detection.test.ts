import { describe, expect, it } from 'vitest';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { findTermsInText } from '../../lib/match/find-terms-in-text';
import { createTermMatcher } from '../../lib/match/term-matcher';
import { entryPart } from '../../lib/pack/entry-parts';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

const matcher = createTermMatcher(bundledMatchIndexes);

/** What the lens marks in one block of `text` on a page titled `title`, as `termId=text`. */
function marks(title: string, text: string): string[] {
  return findTermsInText({ matcher, title, text, settings: DEFAULT_SETTINGS }).map(
    ({ ref, start, end }) => `${ref.termId}=${text.slice(start, end)}`,
  );
}

describe('the Ningbo pack on pages about something else', () => {
  it.each([
    ['宏观经济周报', '这两个先行指标都已回升，值得关注。'],
    ['AI课程上新', '欢迎来到AI知行学堂，本周讲大模型。'],
    ['产品更新说明', '新版本增强服务稳定性，修复若干问题。'],
    ['插件开发指南', '插件运行在宿主平台上，由宿主平台加载。'],
    ['运维手册', '巡检时注意这两个维护点的温度。'],
    ['工业观察', '各地正在加强制造业投资。'],
  ])('marks nothing of everyday Chinese (%s: %s)', (title, text) => {
    expect(marks(title, text)).toEqual([]);
    // The spelling is there, and rejected: not merely absent from the pack.
    const decisions: boolean[] = [];
    findTermsInText({
      matcher,
      title,
      text,
      settings: DEFAULT_SETTINGS,
      onRule: (_match, _rule, kept) => decisions.push(kept),
    });
    expect(decisions).not.toHaveLength(0);
    expect(decisions.every((kept) => !kept)).toBe(true);
  });
});

describe('the Ningbo pack on a page about Ningbo', () => {
  const NINGBO = '宁波新闻网';

  it('marks the slogan with a comma or a space between its halves', () => {
    expect(marks(NINGBO, '践行浙江有礼，宁波示范。')).toEqual([
      'zhejiang-youli=浙江有礼，宁波示范',
    ]);
    expect(marks(NINGBO, '践行浙江有礼 宁波示范。')).toEqual(['zhejiang-youli=浙江有礼 宁波示范']);
  });

  it('marks a title without its leading qualifier, given evidence', () => {
    expect(marks(NINGBO, '加快建设单项冠军之城。')).toEqual([
      'danxiang-guanjun-zhicheng=单项冠军之城',
    ]);
    expect(marks('城市排行榜', '宁波再次入选最具幸福感城市。')).toEqual([
      'xingfugan-chengshi=最具幸福感城市',
    ]);
  });

  it('leaves the title without its qualifier alone when nothing vouches for it', () => {
    expect(marks('城市排行榜', '入选最具幸福感城市。')).toEqual([]);
    expect(marks('城市排行榜', '争创单项冠军之城。')).toEqual([]);
  });

  it('marks full official names with ASCII brackets or a hyphen', () => {
    expect(marks(NINGBO, '中国(浙江)自由贸易试验区宁波片区挂牌。')).toEqual([
      'zhejiang-zimaoqu-ningbo=中国(浙江)自由贸易试验区宁波片区',
    ]);
    expect(marks(NINGBO, '中国-中东欧国家经贸合作示范区建设。')).toEqual([
      'zhong-zhongdongou=中国-中东欧国家经贸合作示范区',
    ]);
  });

  it('marks quoted Traditional text, on this page and on one about something else', () => {
    for (const title of [NINGBO, '兩岸觀察']) {
      expect(marks(title, '全力推進「兩個先行」。'), title).toEqual(['liangge-xianxing=兩個先行']);
      expect(marks(title, '堅持「強製造」與「強服務」雙輪驅動。'), title).toEqual([
        'qiang-zhizao=強製造',
        'qiang-fuwu=強服務',
      ]);
    }
  });
});

describe('the Ningbo pack’s own occurrences', () => {
  const [pack] = bundledPacks;
  const qiangZhizao = pack?.terms.find((term) => term.id === 'qiang-zhizao');

  /** Each occurrence of 强制造 with two characters of text either side. */
  const places = (qiangZhizao?.occurrences ?? []).map(({ qa, part, start, end }) => {
    const entry = pack?.entries.find((e) => e.number === qa);
    const text = (entry && entryPart(entry, part)?.text) ?? '';
    return { text, start, end, around: text.slice(Math.max(0, start - 1), end + 1) };
  });

  it('finds 强制造 where the interview quotes it', () => {
    expect(places.length).toBeGreaterThan(0);
    for (const { text, start, end } of places) expect(text.slice(start, end)).toBe('强制造');
    expect(places.map(({ around }) => around)).toContain('“强制造”');
  });

  it('holds no place of 强制造 inside 锻强制造 or 增强制造业', () => {
    const texts = pack?.entries.flatMap((entry) => [
      entry.question,
      ...entry.paragraphs.map((p) => p.text),
    ]);
    // The interview does say both, so the check below can fail.
    expect(texts?.some((text) => text.includes('锻强制造'))).toBe(true);
    expect(texts?.some((text) => text.includes('增强制造业'))).toBe(true);
    for (const { text, start, end } of places) {
      expect(text.slice(start - 1, end)).not.toBe('锻强制造');
      expect(text.slice(start - 1, end + 1)).not.toBe('增强制造业');
    }
  });
});
