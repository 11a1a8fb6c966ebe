import { describe, expect, it } from 'vitest';
import type { TermSpec } from '../../lib/catalog/catalog-spec';
import { buildMatchForms, type WordBoundaries } from '../../lib/catalog/match-forms';
import type { MatchForm, PackSubjects, TermTier } from '../../lib/pack/types';
import { createFoldTable } from '../../lib/text/fold';

const table = createFoldTable('');
const subjects: PackSubjects = { place: ['甲城'], region: ['乙省'] };

/** A lexicon of a few whole words; each form's edge table names the form, to trace it. */
const LEXICON_WORDS = new Set(['人民代表大会', '中华人民共和国', '社会主义核心价值']);
const boundaries: WordBoundaries = {
  isWord: (text) => LEXICON_WORDS.has(text),
  edgeTable: (form) => ({ before: `<${form}`, after: `${form}>` }),
  isEverydayPair: () => false,
};

function formsOf(
  text: string,
  {
    tier = 'distinctive',
    aliases,
    traditional = [],
  }: {
    tier?: TermTier;
    aliases?: string[];
    traditional?: string[];
  } = {},
): MatchForm[] {
  const term: TermSpec = { id: 'term', text, tier, ...(aliases && { aliases }) };
  return buildMatchForms({ term, traditional, table, subjects, boundaries });
}

/** Form text → needsEvidence. */
const needs = (forms: readonly MatchForm[]) =>
  Object.fromEntries(forms.map((form) => [form.text, form.needsEvidence]));

describe('buildMatchForms: spellings', () => {
  it('spells a slogan with a folded comma, a middle dot and no separator', () => {
    for (const text of ['开放包容、务实创新', '开放包容，务实创新', '开放包容·务实创新']) {
      expect(
        formsOf(text)
          .map((form) => form.text)
          .sort(),
        text,
      ).toEqual(['开放包容,务实创新', '开放包容·务实创新', '开放包容务实创新'].sort());
    }
  });

  it('replaces every separator of a slogan of three parts', () => {
    expect(Object.keys(needs(formsOf('不敢腐、不能腐、不想腐'))).sort()).toEqual(
      ['不敢腐,不能腐,不想腐', '不敢腐·不能腐·不想腐', '不敢腐不能腐不想腐'].sort(),
    );
  });

  it('folds what the catalog gives: widths and spaces', () => {
    expect(Object.keys(needs(formsOf('在甲城， 都挺好')))).toContain('在甲城,都挺好');
    expect(Object.keys(needs(formsOf('ＡＩ甲城')))).toEqual(['ai甲城']);
  });

  it('adds no variants to a spelling without a separator', () => {
    expect(formsOf('两个先行').map((form) => form.text)).toEqual(['两个先行']);
  });

  it('spells aliases and Traditional forms too, and their separator variants', () => {
    const texts = formsOf('不负千百人、不负十四亿', {
      aliases: ['得罪千百人、不负十四亿'],
      traditional: ['不負千百人、不負十四億'],
    }).map((form) => form.text);
    expect(texts).toHaveLength(9);
    expect(texts).toContain('得罪千百人·不负十四亿');
    expect(texts).toContain('不負千百人不負十四億');
  });

  it('gives each spelling the edge table of its folded text', () => {
    const forms = formsOf('开放包容、务实创新');
    expect(forms).not.toHaveLength(0);
    for (const form of forms)
      expect(form.edges).toEqual({ before: `<${form.text}`, after: `${form.text}>` });
  });
});

describe('buildMatchForms: a long title without its leading qualifier', () => {
  it('drops 国家, 中国, 全国 and 全球 before five Han characters or more', () => {
    expect(needs(formsOf('国家单项冠军之城'))).toMatchObject({ 单项冠军之城: true });
    expect(needs(formsOf('中国幸福感城市'))).toMatchObject({ 幸福感城市: true });
    expect(needs(formsOf('全国文明典范城市'))).toMatchObject({ 文明典范城市: true });
    expect(needs(formsOf('全球海洋中心城市'))).toMatchObject({ 海洋中心城市: true });
  });

  it('marks the core as needing evidence, though the whole title is self-evident', () => {
    expect(needs(formsOf('国家单项冠军之城'))).toEqual({
      国家单项冠军之城: false,
      单项冠军之城: true,
    });
  });

  it('keeps a core of fewer than five Han characters whole', () => {
    expect(Object.keys(needs(formsOf('全国文明城市')))).toEqual(['全国文明城市']);
    expect(Object.keys(needs(formsOf('中国制造业')))).toEqual(['中国制造业']);
  });

  it('drops no qualifier before a bracket or another non-Han character', () => {
    expect(Object.keys(needs(formsOf('中国（浙江）自由贸易试验区')))).toEqual([
      '中国(浙江)自由贸易试验区',
    ]);
    expect(Object.keys(needs(formsOf('中国—中东欧国家经贸合作示范区')))).toEqual([
      '中国-中东欧国家经贸合作示范区',
    ]);
  });

  it('drops no qualifier from a dictionary word (全国|人民代表大会)', () => {
    expect(Object.keys(needs(formsOf('全国人民代表大会')))).toEqual(['全国人民代表大会']);
  });

  it('drops a qualifier only at the front', () => {
    expect(Object.keys(needs(formsOf('打造全国文明典范城市')))).toEqual(['打造全国文明典范城市']);
  });

  it('drops a qualifier from an alias as well', () => {
    expect(needs(formsOf('文明典范城市群', { aliases: ['全国文明典范城市'] }))).toMatchObject({
      文明典范城市: true,
    });
  });
});

describe('buildMatchForms: which spellings are self-evident', () => {
  it('needs no evidence for a spelling that names the place or the region', () => {
    expect(needs(formsOf('甲城见行动'))).toEqual({ 甲城见行动: false });
    expect(needs(formsOf('乙省有礼'))).toEqual({ 乙省有礼: false });
  });

  it('needs no evidence for a coinage: six Han characters or more, no dictionary word', () => {
    expect(needs(formsOf('城乡幸福共富之都'))).toEqual({ 城乡幸福共富之都: false });
    expect(needs(formsOf('数字经济大盘'))).toEqual({ 数字经济大盘: false });
  });

  it('needs evidence for a shorter spelling with no place in it', () => {
    expect(needs(formsOf('营商最优市'))).toEqual({ 营商最优市: true });
    expect(needs(formsOf('两个先行'))).toEqual({ 两个先行: true });
  });

  it('counts only Han characters towards a coinage', () => {
    expect(needs(formsOf('数字化改革2.0'))).toEqual({ '数字化改革2.0': true });
  });

  it('needs evidence for a long spelling the dictionary lists as one word', () => {
    expect(needs(formsOf('中华人民共和国'))).toEqual({ 中华人民共和国: true });
    expect(needs(formsOf('社会主义核心价值'))).toEqual({ 社会主义核心价值: true });
  });

  it('needs evidence for a slogan of short halves, whatever joins them', () => {
    // Stock phrasing (立市之本、强市之基), not a coinage: four characters a half.
    // A space on the page folds away, so the joined spelling is the same
    // slogan as the one with a comma and must be judged alike.
    expect(needs(formsOf('立市之本、强市之基'))).toEqual({
      '立市之本,强市之基': true,
      '立市之本·强市之基': true,
      立市之本强市之基: true,
    });
  });

  it('calls a slogan self-evident when one of its halves is a coinage', () => {
    expect(needs(formsOf('城乡幸福共富之都、都挺好'))).toMatchObject({
      '城乡幸福共富之都,都挺好': false,
      城乡幸福共富之都都挺好: false,
    });
  });

  it('needs evidence for every spelling of a generic term', () => {
    expect(needs(formsOf('城乡幸福共富之都', { tier: 'generic' }))).toEqual({
      城乡幸福共富之都: true,
    });
    expect(needs(formsOf('甲城有礼·乙省示范', { tier: 'generic' }))).toEqual({
      '甲城有礼,乙省示范': true,
      '甲城有礼·乙省示范': true,
      甲城有礼乙省示范: true,
    });
  });

  it('judges national terms as distinctive ones', () => {
    expect(needs(formsOf('城乡幸福共富之都', { tier: 'national' }))).toEqual({
      城乡幸福共富之都: false,
    });
  });
});

describe('buildMatchForms: one form per folded spelling', () => {
  it('keeps a spelling self-evident when any of its sources is', () => {
    // The title's core needs evidence; the same text as an alias is a coinage.
    const forms = formsOf('全国文明典范城市', { aliases: ['文明典范城市'] });
    expect(forms.map((form) => form.text).sort()).toEqual(['全国文明典范城市', '文明典范城市']);
    expect(needs(forms)).toEqual({ 全国文明典范城市: false, 文明典范城市: false });
  });

  it('merges spellings that fold alike', () => {
    const forms = formsOf('在甲城，都挺好', {
      aliases: ['在甲城,都挺好', '在甲城、都挺好'],
      traditional: ['在甲城，都挺好'],
    });
    expect(forms.map((form) => form.text).sort()).toEqual(
      ['在甲城,都挺好', '在甲城·都挺好', '在甲城都挺好'].sort(),
    );
  });
});
