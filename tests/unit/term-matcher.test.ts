import { describe, expect, it } from 'vitest';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { findAllCandidates } from '../../lib/match/find-all-candidates';
import { resolveLongestLeftmost } from '../../lib/match/resolve-longest-leftmost';
import { createTermMatcher, packsOnTopic, type TermMatcher } from '../../lib/match/term-matcher';
import type { MatchForm, MatchIndex } from '../../lib/pack/types';

/** A made-up spelling with no edge table. */
const form = (text: string, needsEvidence = false): MatchForm => ({
  text,
  needsEvidence,
  edges: { before: '', after: '' },
});

/** Every term the matcher finds in `text` (all tiers), as `termId=original text`. */
function found(matcher: TermMatcher, text: string): string[] {
  const candidates = findAllCandidates({
    text,
    automaton: matcher.automaton,
    foldTable: matcher.foldTable,
  });
  return resolveLongestLeftmost({
    candidates,
    isActive: (value) => value < matcher.forms.length,
  }).map((c) => {
    const termIndex = matcher.forms[c.value]!.termIndex;
    return `${matcher.refs[termIndex]?.termId}=${text.slice(c.start, c.end)}`;
  });
}

describe('createTermMatcher', () => {
  const a: MatchIndex = {
    packId: 'pack-a',
    charFold: '乾干',
    subjects: { place: ['甲城'], region: [] },
    terms: [
      { id: 'ganxian', tier: 'distinctive', forms: [form('干线')] },
      { id: 'jiacheng-gang', tier: 'national', forms: [form('甲城港'), form('甲港', true)] },
    ],
  };
  const b: MatchIndex = {
    packId: 'pack-b',
    charFold: '乾坤',
    subjects: { place: ['乙城'], region: ['乙市'] },
    terms: [{ id: 'kunxian', tier: 'generic', forms: [form('坤线', true)] }],
  };
  const matcher = createTermMatcher([a, b]);

  it('numbers the terms of all packs, keyed packId:termId', () => {
    expect(matcher.refs).toEqual([
      { key: 'pack-a:ganxian', packId: 'pack-a', termId: 'ganxian', tier: 'distinctive' },
      { key: 'pack-a:jiacheng-gang', packId: 'pack-a', termId: 'jiacheng-gang', tier: 'national' },
      { key: 'pack-b:kunxian', packId: 'pack-b', termId: 'kunxian', tier: 'generic' },
    ]);
    expect(matcher.forms.map((f) => f.termIndex)).toEqual([0, 1, 1, 2]);
    expect(matcher.probes.slice(0, 3)).toEqual([
      { kind: 'place', packId: 'pack-a' },
      { kind: 'place', packId: 'pack-b' },
      { kind: 'region', packId: 'pack-b' },
    ]);
    expect(matcher.probes.slice(3).every((probe) => probe.kind === 'political')).toBe(true);
  });

  it('finds every form of a term under the term', () => {
    expect(found(matcher, '甲城港和甲港')).toEqual(['jiacheng-gang=甲城港', 'jiacheng-gang=甲港']);
  });

  it('lets the earlier pack win a conflicting Traditional fold', () => {
    expect(found(matcher, '乾线')).toEqual(['ganxian=乾线']);
    expect(found(createTermMatcher([b, a]), '乾线')).toEqual(['kunxian=乾线']);
  });

  it('tells which packs a page is about: subjects in its title, self-evident forms anywhere', () => {
    const scan = (text: string) =>
      findAllCandidates({ text, automaton: matcher.automaton, foldTable: matcher.foldTable });
    const onTopic = (title: string, page: string): string[] =>
      [...packsOnTopic(matcher, { title: scan(title), page: scan(page) })].sort();
    expect(onTopic('乙市新闻', '')).toEqual(['pack-b']);
    expect(onTopic('甲城与乙城', '')).toEqual(['pack-a', 'pack-b']);
    // A place named only in the body counts near a match, not for the page.
    expect(onTopic('', '甲城与乙城')).toEqual([]);
    expect(onTopic('', '干线')).toEqual(['pack-a']);
    expect(onTopic('', '甲城港')).toEqual(['pack-a']);
    // Forms that need evidence give none.
    expect(onTopic('', '甲港坤线')).toEqual([]);
  });

  it('handles no packs at all', () => {
    const empty = createTermMatcher([]);
    expect(empty.refs).toEqual([]);
    expect(found(empty, '两个先行')).toEqual([]);
  });
});

describe('the Ningbo matcher and the spellings pages use', () => {
  const matcher = createTermMatcher(bundledMatchIndexes);

  it('matches Traditional text, Taiwan and Hong Kong standards alike, even mixed', () => {
    expect(found(matcher, '推進兩個先行')).toEqual(['liangge-xianxing=兩個先行']);
    expect(found(matcher, '打造浙裡甬有品牌')).toEqual(['zheli-yongyou=浙裡甬有']);
    expect(found(matcher, '打造浙裏甬有品牌')).toEqual(['zheli-yongyou=浙裏甬有']);
    expect(found(matcher, '浙裡甬有、浙裏甬有')).toEqual([
      'zheli-yongyou=浙裡甬有',
      'zheli-yongyou=浙裏甬有',
    ]);
    expect(found(matcher, '在寧波，都挺好')).toEqual(['zai-ningbo-dou-tinghao=在寧波，都挺好']);
  });

  it('matches a slogan whatever comma the page uses', () => {
    for (const text of ['在宁波，都挺好', '在宁波,都挺好', '在宁波、都挺好', '在宁波﹐都挺好']) {
      expect(found(matcher, text), text).toEqual([`zai-ningbo-dou-tinghao=${text}`]);
    }
    for (const text of [
      '不负千百人，不负十四亿',
      '不负千百人、不负十四亿',
      '不负千百人,不负十四亿',
    ]) {
      expect(found(matcher, text), text).toEqual([`bufu-qianbairen=${text}`]);
    }
    expect(found(matcher, '在宁波。都挺好')).toEqual([]);
  });

  it('matches any dash, and a run of dashes, in 中国—中东欧', () => {
    for (const dash of ['-', '–', '—', '——', '－', '―']) {
      const text = `中国${dash}中东欧国家经贸合作示范区`;
      expect(found(matcher, text), dash).toEqual([`zhong-zhongdongou=${text}`]);
    }
    expect(found(matcher, '中国中东欧国家经贸合作示范区')).toEqual([]);
  });

  it('matches any small middle dot in 浙江有礼·宁波示范, but not a bullet', () => {
    for (const dot of ['·', '・', '•', '･', '‧']) {
      const text = `浙江有礼${dot}宁波示范`;
      expect(found(matcher, text), dot).toEqual([`zhejiang-youli=${text}`]);
    }
    expect(found(matcher, '浙江有礼●宁波示范')).toEqual([]);
  });

  it('matches across whitespace, line breaks and invisible characters between characters', () => {
    for (const text of [
      '两个\n先行',
      '两 个 先 行',
      '两个\u00a0先行',
      '两\u200b个先行',
      '两个\r\n  先行',
      '两个\u3000先行',
    ]) {
      expect(found(matcher, `推进${text}。`), JSON.stringify(text)).toEqual([
        `liangge-xianxing=${text}`,
      ]);
    }
    expect(found(matcher, '在宁波，\n都挺好')).toEqual(['zai-ningbo-dou-tinghao=在宁波，\n都挺好']);
  });

  it('matches an alias under its term', () => {
    expect(found(matcher, '深化放管服改革')).toEqual(['fang-guan-fu=放管服改革']);
    expect(found(matcher, '不敢腐、不能腐、不想腐')).toEqual(['san-bu-fu=不敢腐、不能腐、不想腐']);
  });
});
