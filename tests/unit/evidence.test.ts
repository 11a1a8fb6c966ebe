import { describe, expect, it } from 'vitest';
import { judgeEvidence, type MatchSurroundings } from '../../lib/match/evidence';
import { TERM_TIERS } from '../../lib/pack/types';

/** A match with no evidence at all and nothing around it; each test adds what it needs. */
const NOTHING: MatchSurroundings = {
  tier: 'distinctive',
  pageOnTopic: false,
  subjectNearby: false,
  packTermNearby: false,
  interviewCollocation: false,
  politicalNearby: false,
  quoted: false,
  before: '',
  after: '',
};

const judge = (surroundings: Partial<MatchSurroundings>) =>
  judgeEvidence({ ...NOTHING, ...surroundings });

/** Every kind of evidence at once. */
const ALL_EVIDENCE: Partial<MatchSurroundings> = {
  pageOnTopic: true,
  subjectNearby: true,
  packTermNearby: true,
  interviewCollocation: true,
  politicalNearby: true,
};

describe('judgeEvidence', () => {
  it('drops a match with no evidence, whatever its tier', () => {
    for (const tier of TERM_TIERS)
      expect(judge({ tier }), tier).toEqual({ kept: false, rule: 'no-evidence' });
  });

  describe('signs of another sense', () => {
    const followers = ['指标', '版本', '预览', '版', '课', '点'];
    const more = ['分支', '操作', '窗口', '工区', '班组', '节点'];

    it('drops a match followed by a word that makes it a modifier, over any evidence', () => {
      for (const word of [...followers, ...more])
        expect(judge({ ...ALL_EVIDENCE, after: `${word}的` }), word).toEqual({
          kept: false,
          rule: 'other-sense-follower',
        });
    });

    it('looks only at what comes right after the match', () => {
      expect(judge({ pageOnTopic: true, after: '的指标' }).rule).toBe('page-topic');
      expect(judge({ pageOnTopic: true, before: '指标' }).rule).toBe('page-topic');
    });

    it('drops a match with a Latin letter or digit glued on either side', () => {
      for (const around of [
        { before: 'ai' },
        { after: 'app' },
        { before: '第2' },
        { after: '3期' },
      ])
        expect(judge({ ...ALL_EVIDENCE, ...around }), JSON.stringify(around)).toEqual({
          kept: false,
          rule: 'glued-latin',
        });
    });

    it('lets a Latin word that is not glued on pass', () => {
      expect(judge({ pageOnTopic: true, before: 'ai,', after: '，app' }).rule).toBe('page-topic');
      expect(judge({ pageOnTopic: true, before: 'a的' }).rule).toBe('page-topic');
    });

    it('checks the follower before the glued Latin', () => {
      expect(judge({ before: 'ai', after: '版v2' }).rule).toBe('other-sense-follower');
    });

    it('lets quote marks outweigh both', () => {
      expect(judge({ quoted: true, pageOnTopic: true, after: '指标' })).toEqual({
        kept: true,
        rule: 'page-topic',
      });
      expect(judge({ quoted: true, before: 'ai', after: 'app' })).toEqual({
        kept: true,
        rule: 'quoted',
      });
    });
  });

  describe('evidence, in order', () => {
    it('keeps any tier on a page about the pack, first of all', () => {
      for (const tier of TERM_TIERS)
        expect(judge({ ...ALL_EVIDENCE, quoted: true, tier }), tier).toEqual({
          kept: true,
          rule: 'page-topic',
        });
    });

    it('then keeps any tier with the place or region nearby', () => {
      for (const tier of TERM_TIERS)
        expect(judge({ ...ALL_EVIDENCE, pageOnTopic: false, tier }), tier).toEqual({
          kept: true,
          rule: 'subject-nearby',
        });
    });

    it('then keeps any tier quoted beside another quoted term of its pack', () => {
      for (const tier of TERM_TIERS)
        expect(judge({ packTermNearby: true, politicalNearby: true, quoted: true, tier })).toEqual({
          kept: true,
          rule: 'pack-terms-together',
        });
    });

    it('then keeps any tier that the page words as the interview does', () => {
      for (const tier of TERM_TIERS)
        expect(
          judge({ interviewCollocation: true, quoted: true, politicalNearby: true, tier }),
          tier,
        ).toEqual({ kept: true, rule: 'interview-collocation' });
    });

    it('then keeps a quoted distinctive or national term, not a quoted generic one', () => {
      expect(judge({ quoted: true, tier: 'distinctive' })).toEqual({ kept: true, rule: 'quoted' });
      expect(judge({ quoted: true, politicalNearby: true, tier: 'national' })).toEqual({
        kept: true,
        rule: 'quoted',
      });
      expect(judge({ quoted: true, tier: 'generic' })).toEqual({
        kept: false,
        rule: 'no-evidence',
      });
    });

    it('then keeps a national term in a political context, and a generic one there only quoted', () => {
      expect(judge({ politicalNearby: true, tier: 'national' })).toEqual({
        kept: true,
        rule: 'political-context',
      });
      // 市委…打好改革破题的“主动仗”: a generic phrase quoted as a slogan in a government text.
      expect(judge({ politicalNearby: true, quoted: true, tier: 'generic' })).toEqual({
        kept: true,
        rule: 'political-context',
      });
      for (const tier of ['distinctive', 'generic'] as const)
        expect(judge({ politicalNearby: true, tier }), tier).toEqual({
          kept: false,
          rule: 'no-evidence',
        });
    });

    it('keeps a generic term only on the page’s topic, with its subject or pack nearby, in the interview’s wording, or quoted in a political text', () => {
      const generic = (surroundings: Partial<MatchSurroundings>) =>
        judge({ tier: 'generic', ...surroundings }).kept;
      expect(generic({ pageOnTopic: true })).toBe(true);
      expect(generic({ subjectNearby: true })).toBe(true);
      expect(generic({ quoted: true, packTermNearby: true })).toBe(true);
      expect(generic({ interviewCollocation: true })).toBe(true);
      expect(generic({ quoted: true, politicalNearby: true })).toBe(true);
      expect(generic({ quoted: true })).toBe(false);
      expect(generic({ politicalNearby: true })).toBe(false);
    });
  });
});
