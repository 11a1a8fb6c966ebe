import { describe, expect, it } from 'vitest';
import { bundledMatchIndexes } from '../../data/bundled-match-indexes';
import { findAllCandidates } from '../../lib/match/find-all-candidates';
import { resolveLongestLeftmost } from '../../lib/match/resolve-longest-leftmost';
import { createTermGate } from '../../lib/match/term-gate';
import { createTermMatcher, packsOnTopic, type TermMatcher } from '../../lib/match/term-matcher';
import type { MatchIndex } from '../../lib/pack/types';

const NINGBO = 'ningbo-2022';

interface Options {
  markNational?: boolean;
  disabledTerms?: string[];
  /** Overrides the topic the page's own text shows. */
  onTopicPacks?: ReadonlySet<string>;
}

/** Runs the content script's pipeline on one text: candidates → topic → gate → longest-leftmost. */
function marks(matcher: TermMatcher, text: string, options: Options = {}): string[] {
  const candidates = findAllCandidates({
    text,
    automaton: matcher.automaton,
    foldTable: matcher.foldTable,
  });
  const isActive = createTermGate({
    matcher,
    settings: {
      markNational: options.markNational ?? true,
      disabledTerms: options.disabledTerms ?? [],
    },
    onTopicPacks: options.onTopicPacks ?? packsOnTopic(matcher, candidates),
  });
  return resolveLongestLeftmost({ candidates, isActive }).map(
    (c) => `${matcher.refs[c.value]?.termId}=${text.slice(c.start, c.end)}`,
  );
}

/** Packs the text shows it is about. */
function topic(matcher: TermMatcher, text: string): string[] {
  return [
    ...packsOnTopic(
      matcher,
      findAllCandidates({ text, automaton: matcher.automaton, foldTable: matcher.foldTable }),
    ),
  ];
}

describe('tier gating on a made-up index', () => {
  const index: MatchIndex = {
    packId: 'donggang',
    charFold: '東东灣湾',
    subjects: ['东港'],
    terms: [
      { id: 'haiwan-liyou', tier: 'distinctive', forms: ['海湾里有'] },
      { id: 'haiwan-liyou-pinpai', tier: 'national', forms: ['海湾里有品牌'] },
      { id: 'pinpai', tier: 'generic', forms: ['品牌'] },
      { id: 'gangcheng', tier: 'generic', forms: ['港城'] },
    ],
  };
  const matcher = createTermMatcher([index]);

  it('marks distinctive terms on any page, even one off topic', () => {
    expect(marks(matcher, '一个海湾里有故事', { onTopicPacks: new Set() })).toEqual([
      'haiwan-liyou=海湾里有',
    ]);
  });

  it('marks national terms only while the setting is on, and then they win as the longest', () => {
    expect(marks(matcher, '海湾里有品牌')).toEqual(['haiwan-liyou-pinpai=海湾里有品牌']);
    expect(marks(matcher, '海湾里有品牌', { markNational: false })).toEqual([
      'haiwan-liyou=海湾里有',
      'pinpai=品牌',
    ]);
  });

  it('marks generic terms only on a page about their pack', () => {
    expect(marks(matcher, '美丽港城')).toEqual([]);
    expect(marks(matcher, '东港是美丽港城')).toEqual(['gangcheng=港城']);
    expect(marks(matcher, '美丽港城', { onTopicPacks: new Set(['donggang']) })).toEqual([
      'gangcheng=港城',
    ]);
    expect(marks(matcher, '美丽港城', { onTopicPacks: new Set(['elsewhere']) })).toEqual([]);
  });

  it('never marks the subject probe itself', () => {
    expect(topic(matcher, '东港')).toEqual(['donggang']);
    expect(marks(matcher, '东港')).toEqual([]);
    expect(marks(matcher, '東港')).toEqual([]);
  });

  it('lets a switched-off term hide nothing it overlaps', () => {
    expect(
      marks(matcher, '海湾里有品牌', { disabledTerms: ['donggang:haiwan-liyou-pinpai'] }),
    ).toEqual(['haiwan-liyou=海湾里有', 'pinpai=品牌']);
    expect(
      marks(matcher, '海湾里有品牌', {
        disabledTerms: ['donggang:haiwan-liyou-pinpai', 'donggang:haiwan-liyou'],
      }),
    ).toEqual(['pinpai=品牌']);
  });

  it('only switches off the term its key names', () => {
    const off = { disabledTerms: ['elsewhere:haiwan-liyou', 'haiwan-liyou'] };
    expect(marks(matcher, '一个海湾里有故事', off)).toEqual(['haiwan-liyou=海湾里有']);
  });

  it('answers false for values that are not terms', () => {
    const gate = createTermGate({
      matcher,
      settings: { markNational: true, disabledTerms: [] },
      onTopicPacks: new Set(['donggang']),
    });
    expect(index.terms.map((_, value) => gate(value))).toEqual([true, true, true, true]);
    expect(gate(matcher.refs.length)).toBe(false);
    expect(gate(-1)).toBe(false);
    expect(gate(999)).toBe(false);
  });
});

describe('tier gating on the Ningbo index', () => {
  const matcher = createTermMatcher(bundledMatchIndexes);

  it('marks a distinctive term on a page that never names Ningbo', () => {
    expect(marks(matcher, '打造七张“浙里甬有”品牌')).toEqual(['zheli-yongyou=浙里甬有']);
  });

  it('turns national slogans on and off with the setting', () => {
    expect(marks(matcher, '坚决做到两个维护')).toEqual(['liangge-weihu=两个维护']);
    expect(marks(matcher, '坚决做到两个维护', { markNational: false })).toEqual([]);
    expect(marks(matcher, '推进三不腐', { markNational: false })).toEqual([]);
  });

  it('marks generic words only when the page is about Ningbo', () => {
    expect(marks(matcher, '唱响主旋律，关注全生命周期')).toEqual([]);
    expect(marks(matcher, '宁波唱响主旋律，关注全生命周期')).toEqual([
      'zhu-xuanlv=主旋律',
      'quan-shengming-zhouqi=全生命周期',
    ]);
    expect(marks(matcher, '唱响主旋律', { onTopicPacks: new Set([NINGBO]) })).toEqual([
      'zhu-xuanlv=主旋律',
    ]);
  });

  it('puts a page on topic through a distinctive term or the subject, in either script', () => {
    expect(topic(matcher, '锋领港城升级版')).toEqual([NINGBO]);
    expect(topic(matcher, '宁波市')).toEqual([NINGBO]);
    expect(topic(matcher, '寧波市')).toEqual([NINGBO]);
    expect(marks(matcher, '寧波唱響主旋律')).toEqual(['zhu-xuanlv=主旋律']);
  });

  it('does not put a page on topic for 甬 alone, a national slogan or a generic word', () => {
    expect(topic(matcher, '穿过长长的甬道')).toEqual([]);
    expect(topic(matcher, '两个维护')).toEqual([]);
    expect(topic(matcher, '主旋律')).toEqual([]);
    expect(marks(matcher, '穿过甬道，唱响主旋律')).toEqual([]);
  });

  it('never lets a switched-off term hide an enabled one inside it', () => {
    const text = '围绕打造全球智造创新之都的目标';
    expect(marks(matcher, text)).toEqual(['dazao-zhizao-zhidu=打造全球智造创新之都']);
    expect(marks(matcher, text, { disabledTerms: [`${NINGBO}:dazao-zhizao-zhidu`] })).toEqual([
      'quanqiu-zhizao-zhidu=全球智造创新之都',
    ]);
  });
});
