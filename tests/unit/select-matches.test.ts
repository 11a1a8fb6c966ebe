import { describe, expect, it } from 'vitest';
import { findAllCandidates } from '../../lib/match/find-all-candidates';
import { findTermsInText } from '../../lib/match/find-terms-in-text';
import { POLITICAL_CONTEXT } from '../../lib/match/political-context';
import { createMatchSelector, type SelectionRule } from '../../lib/match/select-matches';
import { createTermMatcher, packsOnTopic } from '../../lib/match/term-matcher';
import type { MatchForm, MatchIndex, TermTier } from '../../lib/pack/types';
import { termKey } from '../../lib/pack/term-key';
import type { Settings } from '../../lib/settings/settings';

const PACK = 'jia-2024';
const OTHER_PACK = 'yi-2024';

/** A made-up spelling: self-evident unless told otherwise, with optional edge tables. */
const form = (
  text: string,
  { needsEvidence = false, before = '', after = '' } = {},
): MatchForm => ({ text, needsEvidence, edges: { before, after } });

const term = (id: string, tier: TermTier, forms: MatchForm[]) => ({ id, tier, forms });

const index: MatchIndex = {
  packId: PACK,
  charFold: '兩两個个業业務务強强',
  subjects: { place: ['甲城'], region: ['乙省'] },
  terms: [
    term('liangge-xianxing', 'distinctive', [
      form('两个先行', { needsEvidence: true, before: '一!之' }),
    ]),
    term('qiang-fuwu', 'generic', [
      form('强服务', { needsEvidence: true, before: '增', after: '业!务' }),
    ]),
    {
      ...term('qiang-zhizao', 'generic', [form('强制造', { needsEvidence: true })]),
      // As if the interview said 锻造强制造 and 强制造双轮驱动.
      collocations: { before: ['锻造'], after: ['双轮'] },
    },
    term('liangge-weihu', 'national', [form('两个维护', { needsEvidence: true })]),
    term('baxiang-guiding', 'national', [form('八项规定精神')]),
    term('jiacheng-youli', 'distinctive', [form('甲城有礼')]),
    term('youli-zhicheng', 'distinctive', [form('有礼之城')]),
    term('qinglian-gaodi', 'distinctive', [form('清廉高地')]),
    term('qinglian-gaodi-jianshe', 'distinctive', [form('清廉高地建设')]),
  ],
};

/** A second pack, to tell packs apart. */
const otherIndex: MatchIndex = {
  packId: OTHER_PACK,
  charFold: '',
  subjects: { place: ['丙镇'], region: [] },
  terms: [
    term('qiang-guanli', 'generic', [form('强管理', { needsEvidence: true })]),
    term('bingzhen-youli', 'distinctive', [form('丙镇有礼')]),
  ],
};

const matcher = createTermMatcher([index, otherIndex]);

const ON: Pick<Settings, 'enabled' | 'markNational' | 'disabledTerms'> = {
  enabled: true,
  markNational: true,
  disabledTerms: [],
};

/** A title that names no pack's subject. */
const OFF_TOPIC = '今日天气';
/** A title that names the first pack's place. */
const ON_TOPIC = '甲城新闻';

interface Decision {
  termId: string;
  text: string;
  rule: SelectionRule;
  kept: boolean;
}

/** What the lens marks in `text` (as `termId=original text`), and each rule it applied. */
function look(
  text: string,
  { title = OFF_TOPIC, settings = {} }: { title?: string; settings?: Partial<typeof ON> } = {},
): { marks: string[]; decisions: Decision[] } {
  const decisions: Decision[] = [];
  const found = findTermsInText({
    matcher,
    title,
    text,
    settings: { ...ON, ...settings },
    onRule: ({ ref, start, end }, rule, kept) =>
      decisions.push({ termId: ref.termId, text: text.slice(start, end), rule, kept }),
  });
  return {
    marks: found.map(({ ref, start, end }) => `${ref.termId}=${text.slice(start, end)}`),
    decisions,
  };
}

const marks = (text: string, options?: Parameters<typeof look>[1]) => look(text, options).marks;
/** The rule that decided each candidate of `text`, in text order. */
const rules = (text: string, options?: Parameters<typeof look>[1]) =>
  look(text, options).decisions.map(({ rule }) => rule);

describe('what the reader switched off', () => {
  it('marks nothing, and judges nothing, when the lens is off', () => {
    const { marks: found, decisions } = look('甲城有礼', { settings: { enabled: false } });
    expect(found).toEqual([]);
    expect(decisions).toEqual([]);
  });

  it('leaves out a term the reader switched off, and only that one', () => {
    const settings = { disabledTerms: [termKey(PACK, 'jiacheng-youli')] };
    expect(look('甲城有礼，清廉高地', { settings })).toEqual({
      marks: ['qinglian-gaodi=清廉高地'],
      decisions: [
        { termId: 'jiacheng-youli', text: '甲城有礼', rule: 'switched-off', kept: false },
        { termId: 'qinglian-gaodi', text: '清廉高地', rule: 'self-evident', kept: true },
      ],
    });
  });

  it('leaves out national terms when the reader turns them off', () => {
    expect(marks('八项规定精神与甲城有礼')).toEqual([
      'baxiang-guiding=八项规定精神',
      'jiacheng-youli=甲城有礼',
    ]);
    const settings = { markNational: false };
    expect(marks('八项规定精神与甲城有礼', { settings })).toEqual(['jiacheng-youli=甲城有礼']);
    expect(rules('八项规定精神', { settings })).toEqual(['switched-off']);
  });

  it('lets a term switched off hide none that it overlaps', () => {
    const settings = { disabledTerms: [termKey(PACK, 'qinglian-gaodi-jianshe')] };
    expect(marks('清廉高地建设', { settings })).toEqual(['qinglian-gaodi=清廉高地']);
  });
});

describe('edges', () => {
  it('rejects a match whose edge falls inside a word, in that context only', () => {
    expect(look('增强服务', { title: ON_TOPIC })).toEqual({
      marks: [],
      decisions: [{ termId: 'qiang-fuwu', text: '强服务', rule: 'edge', kept: false }],
    });
    expect(marks('提升强服务水平', { title: ON_TOPIC })).toEqual(['qiang-fuwu=强服务']);
    expect(marks('增强服务，提升强服务', { title: ON_TOPIC })).toEqual(['qiang-fuwu=强服务']);
    expect(look('增强服务，提升强服务', { title: ON_TOPIC }).decisions.map((d) => d.rule)).toEqual([
      'edge',
      'page-topic',
    ]);
  });

  it('checks the after side too, where a listed pair keeps the edge', () => {
    expect(rules('强服务业', { title: ON_TOPIC })).toEqual(['edge']);
    expect(marks('强服务业务', { title: ON_TOPIC })).toEqual(['qiang-fuwu=强服务']);
  });

  it('lets a listed pair before the match keep its edge', () => {
    expect(rules('统一两个先行', { title: ON_TOPIC })).toEqual(['edge']);
    expect(marks('之一两个先行', { title: ON_TOPIC })).toEqual(['liangge-xianxing=两个先行']);
  });

  it('folds the context before looking it up', () => {
    expect(rules('強服務業', { title: ON_TOPIC })).toEqual(['edge']);
    expect(marks('強服務業務', { title: ON_TOPIC })).toEqual(['qiang-fuwu=強服務']);
  });

  it('sees through a line break or an invisible character in the context', () => {
    // The matcher ignores these inside a term (fold.ts: they may not separate
    // a term's characters); a word broken by one is still the word.
    expect(marks('增\n强服务', { title: ON_TOPIC })).toEqual([]);
    expect(marks('增\u200b强服务', { title: ON_TOPIC })).toEqual([]);
    expect(marks('强服务\n业', { title: ON_TOPIC })).toEqual([]);
  });

  it('rejects on an edge before any evidence, and a self-evident form too', () => {
    const edged: MatchIndex = {
      ...index,
      terms: [term('youli', 'distinctive', [form('甲城有礼', { after: '貌' })])],
    };
    const found = findTermsInText({
      matcher: createTermMatcher([edged]),
      title: ON_TOPIC,
      text: '“甲城有礼貌”',
      settings: ON,
    });
    expect(found).toEqual([]);
  });
});

describe('self-evident forms', () => {
  it('mark on a page about something else', () => {
    expect(look('甲城有礼')).toEqual({
      marks: ['jiacheng-youli=甲城有礼'],
      decisions: [{ termId: 'jiacheng-youli', text: '甲城有礼', rule: 'self-evident', kept: true }],
    });
  });
});

describe('forms that need evidence', () => {
  it('mark with the place or the region in the title', () => {
    expect(look('推进两个先行', { title: '甲城新闻' }).decisions).toEqual([
      { termId: 'liangge-xianxing', text: '两个先行', rule: 'page-topic', kept: true },
    ]);
    expect(marks('推进两个先行', { title: '乙省要闻' })).toEqual(['liangge-xianxing=两个先行']);
    expect(marks('提升强服务', { title: '乙省要闻' })).toEqual(['qiang-fuwu=强服务']);
  });

  it('mark with the place or region in the same text', () => {
    expect(rules('甲城推进两个先行')).toEqual(['subject-nearby']);
    expect(marks('乙省提升强服务')).toEqual(['qiang-fuwu=强服务']);
  });

  it('mark on a page that shows a self-evident form of the pack', () => {
    expect(rules('清廉高地，两个先行')).toEqual(['self-evident', 'page-topic']);
  });

  it('mark in quotes, unless the term is generic', () => {
    for (const text of ['推进“两个先行”', '推进「两个先行」', '推进『两个先行』', '"两个先行"'])
      expect(look(text).decisions, text).toEqual([
        { termId: 'liangge-xianxing', text: '两个先行', rule: 'quoted', kept: true },
      ]);
    expect(marks('推进“ 两个先行 ”')).toEqual(['liangge-xianxing=两个先行']);
    expect(look('提升“强服务”')).toEqual({
      marks: [],
      decisions: [{ termId: 'qiang-fuwu', text: '强服务', rule: 'no-evidence', kept: false }],
    });
  });

  it('need a quote mark on both sides', () => {
    expect(marks('推进“两个先行')).toEqual([]);
    expect(marks('两个先行”')).toEqual([]);
    expect(marks('“推进两个先行”')).toEqual([]);
  });

  it('do not mark otherwise', () => {
    expect(look('推进两个先行')).toEqual({
      marks: [],
      decisions: [
        { termId: 'liangge-xianxing', text: '两个先行', rule: 'no-evidence', kept: false },
      ],
    });
    expect(marks('提升强服务')).toEqual([]);
  });

  it('take no evidence from another pack’s place', () => {
    expect(marks('丙镇推进两个先行')).toEqual([]);
    expect(marks('推进两个先行', { title: '丙镇新闻' })).toEqual([]);
  });

  it('lose to a sign of another sense even on a page about the pack', () => {
    expect(rules('两个先行指标', { title: ON_TOPIC })).toEqual(['other-sense-follower']);
    expect(rules('AI两个先行', { title: ON_TOPIC })).toEqual(['glued-latin']);
  });

  it('see a sign of another sense through a line break', () => {
    expect(rules('两个先行\n指标', { title: ON_TOPIC })).toEqual(['other-sense-follower']);
  });
});

describe('the interview’s collocations', () => {
  it('is evidence for a generic term, on either side', () => {
    expect(look('坚持锻造强制造')).toEqual({
      marks: ['qiang-zhizao=强制造'],
      decisions: [
        { termId: 'qiang-zhizao', text: '强制造', rule: 'interview-collocation', kept: true },
      ],
    });
    expect(marks('强制造双轮驱动')).toEqual(['qiang-zhizao=强制造']);
  });

  it('is read past a 的 before the term, quote marks, and a line break', () => {
    expect(marks('锻造的强制造')).toEqual(['qiang-zhizao=强制造']);
    expect(marks('锻造“强制造”')).toEqual(['qiang-zhizao=强制造']);
    expect(marks('锻造的「强制造」')).toEqual(['qiang-zhizao=强制造']);
    expect(marks('“强制造”双轮')).toEqual(['qiang-zhizao=强制造']);
    expect(marks('锻\n  造强制造')).toEqual(['qiang-zhizao=强制造']);
  });

  it('must be right beside the term, on its own side', () => {
    expect(rules('锻造了强制造')).toEqual(['no-evidence']);
    expect(rules('锻造，强制造')).toEqual(['no-evidence']);
    expect(rules('强制造的双轮')).toEqual(['no-evidence']);
    expect(rules('双轮强制造锻造')).toEqual(['no-evidence']);
    expect(rules('强制造锻造')).toEqual(['no-evidence']);
  });

  it('count only for the term whose collocation it is', () => {
    expect(rules('锻造强服务')).toEqual(['no-evidence']);
  });

  it('loses to a sign of another sense', () => {
    expect(rules('锻造强制造点')).toEqual(['other-sense-follower']);
  });
});

describe('quoted terms of one pack together', () => {
  it('vouch for each other', () => {
    expect(look('“强制造”与“强服务”')).toEqual({
      marks: ['qiang-zhizao=强制造', 'qiang-fuwu=强服务'],
      decisions: [
        { termId: 'qiang-zhizao', text: '强制造', rule: 'pack-terms-together', kept: true },
        { termId: 'qiang-fuwu', text: '强服务', rule: 'pack-terms-together', kept: true },
      ],
    });
  });

  it('need both quoted', () => {
    expect(marks('“强制造”与强服务')).toEqual([]);
  });

  it('need two different terms', () => {
    expect(marks('“强服务”和“强服务”')).toEqual([]);
  });

  it('need both of one pack', () => {
    expect(marks('“强管理”与“强服务”')).toEqual([]);
  });

  it('do not count a term the reader switched off', () => {
    const settings = { disabledTerms: [termKey(PACK, 'qiang-zhizao')] };
    expect(marks('“强制造”与“强服务”', { settings })).toEqual([]);
  });
});

describe('political context', () => {
  it('admits a national term beside any political word', () => {
    for (const word of POLITICAL_CONTEXT)
      expect(look(`${word}强调两个维护`).decisions, word).toEqual([
        { termId: 'liangge-weihu', text: '两个维护', rule: 'political-context', kept: true },
      ]);
  });

  it('admits no national term without one', () => {
    expect(rules('强调两个维护')).toEqual(['no-evidence']);
  });

  it('admits only national terms', () => {
    expect(rules('党中央部署两个先行')).toEqual(['no-evidence']);
    expect(rules('党中央部署强服务')).toEqual(['no-evidence']);
  });

  it('counts in the text, not in the title', () => {
    expect(marks('两个维护', { title: '党中央' })).toEqual([]);
  });

  it('loses to a sign of another sense', () => {
    expect(rules('党中央：两个维护点')).toEqual(['other-sense-follower']);
  });
});

describe('overlapping matches', () => {
  it('go to the leftmost', () => {
    expect(marks('甲城有礼之城')).toEqual(['jiacheng-youli=甲城有礼']);
    expect(marks('看有礼之城')).toEqual(['youli-zhicheng=有礼之城']);
  });

  it('go to the longest at one start', () => {
    expect(marks('清廉高地建设')).toEqual(['qinglian-gaodi-jianshe=清廉高地建设']);
  });

  it('are resolved among kept matches only', () => {
    // 先行甲城 starts first but its edge falls inside 率先: it hides nothing.
    const overlap: MatchIndex = {
      ...index,
      terms: [
        term('xianxing-jiacheng', 'distinctive', [form('先行甲城', { before: '率' })]),
        term('jiacheng-youli', 'distinctive', [form('甲城有礼')]),
      ],
    };
    const found = (text: string) =>
      findTermsInText({
        matcher: createTermMatcher([overlap]),
        title: OFF_TOPIC,
        text,
        settings: ON,
      }).map(({ ref, start, end }) => [ref.termId, start, end]);
    expect(found('率先行甲城有礼')).toEqual([['jiacheng-youli', 3, 7]]);
    expect(found('先行甲城有礼')).toEqual([['xianxing-jiacheng', 0, 4]]);
  });
});

describe('Traditional text', () => {
  it('folds through the pack’s character folds, and keeps the original offsets', () => {
    const text = '推進「兩個先行」';
    const found = findTermsInText({ matcher, title: OFF_TOPIC, text, settings: ON });
    expect(found.map(({ ref, start, end }) => [ref.termId, start, end])).toEqual([
      ['liangge-xianxing', 3, 7],
    ]);
    expect(marks('推進兩個先行')).toEqual([]);
  });
});

describe('createMatchSelector', () => {
  const scan = (text: string) =>
    findAllCandidates({ text, automaton: matcher.automaton, foldTable: matcher.foldTable });

  it('takes the packs the page is about from its caller', () => {
    const text = '推进两个先行';
    const select = (onTopicPacks: ReadonlySet<string>) =>
      createMatchSelector({ matcher, settings: ON, onTopicPacks })(scan(text), text);
    expect(select(new Set([PACK]))).toEqual([{ termIndex: 0, start: 2, end: 6 }]);
    expect(select(new Set([OTHER_PACK]))).toEqual([]);
  });

  it('reads a run through its length and charCodeAt alone', () => {
    const text = '“强制造”与“强服务”';
    const run = { length: text.length, charCodeAt: (offset: number) => text.charCodeAt(offset) };
    const selected = createMatchSelector({ matcher, settings: ON, onTopicPacks: new Set() })(
      scan(text),
      run,
    );
    expect(selected.map(({ start, end }) => text.slice(start, end))).toEqual(['强制造', '强服务']);
  });
});

describe('packsOnTopic', () => {
  const scan = (text: string) =>
    findAllCandidates({ text, automaton: matcher.automaton, foldTable: matcher.foldTable });
  const onTopic = (title: string, page: string) =>
    [...packsOnTopic(matcher, { title: scan(title), page: scan(page) })].sort();

  it('counts the place or region in the title', () => {
    expect(onTopic('甲城新闻', '')).toEqual([PACK]);
    expect(onTopic('乙省新闻', '')).toEqual([PACK]);
    expect(onTopic('甲城与丙镇', '')).toEqual([PACK, OTHER_PACK]);
  });

  it('does not count the place or region in the page', () => {
    expect(onTopic('', '甲城与乙省')).toEqual([]);
  });

  it('counts a self-evident form in the title or anywhere on the page', () => {
    expect(onTopic('清廉高地', '')).toEqual([PACK]);
    expect(onTopic('', '丙镇有礼')).toEqual([OTHER_PACK]);
  });

  it('does not count forms that need evidence, nor political words', () => {
    expect(onTopic('两个先行', '两个先行与强服务')).toEqual([]);
    expect(onTopic('党中央', '')).toEqual([]);
  });
});
