import type { TermTier } from '../pack/types';

/**
 * What a page shows around a match that needs evidence (lib/pack/types.ts
 * `MatchForm.needsEvidence`): evidence that it is the pack's term, or a sign
 * that it is the same characters in another sense.
 */
export interface MatchSurroundings {
  tier: TermTier;
  /** The page is about the pack: its place or region in the title, or a self-evident term on the page. */
  pageOnTopic: boolean;
  /** The pack's place or region is named in the same block of text. */
  subjectNearby: boolean;
  /** The match is quoted, and so is another term of the same pack in the same block of text. */
  packTermNearby: boolean;
  /** The page puts the interview's own words right before or after the match (创新驱动的主引擎). */
  interviewCollocation: boolean;
  /** Political context (党, 中央, 政府, 会议 …) in the same block of text. */
  politicalNearby: boolean;
  /** The match is in quote marks (“…” 「…」 『…』 "…" ‘…’). */
  quoted: boolean;
  /** Folded text right before and after the match (a few characters). */
  before: string;
  after: string;
}

/**
 * Words that, right after a match, show it is a modifier of something else:
 * 两个先行指标 (leading indicators), 两个先行预览版 (preview builds), 两个维护点
 * (maintenance points). Quote marks around the match outweigh them.
 */
const OTHER_SENSE_FOLLOWERS = [
  '指标',
  '版本',
  '预览',
  '版',
  '课',
  '点',
  '分支',
  '操作',
  '窗口',
  '工区',
  '班组',
  '节点',
];

/** A Latin letter or digit glued to a match makes it part of a name or code (AI知行学堂, 知行学堂App). */
const GLUED_LATIN = /[a-z0-9]/;

/** Why a match that needs evidence was kept, or dropped. */
export type EvidenceRule =
  | 'page-topic'
  | 'subject-nearby'
  | 'pack-terms-together'
  | 'interview-collocation'
  | 'quoted'
  | 'political-context'
  | 'other-sense-follower'
  | 'glued-latin'
  | 'no-evidence';

/**
 * Whether a match that needs evidence is the pack's term, and by which rule.
 * The page being about the pack is evidence for any term, and so are two of the
 * pack's terms quoted side by side (“强制造”与“强服务”: two slogans of one
 * interview rarely meet in quotes by chance). So are the interview's own
 * collocations of the term (创新驱动的主引擎: the words right beside it in the
 * interview, less the everyday ones). National slogans and
 * the pack's own distinctive terms usually wear quote marks, so quotes are
 * evidence for them, and a national slogan is at home next to political words.
 * A generic word needs the page to be about the pack, one of its collocations, or to be quoted as a
 * slogan in a political text (市委…打好改革破题的“主动仗”): quotes alone are
 * not enough for it (“主平台” in a product manual), nor are political words. Signs of another sense
 * (a following 指标, a Latin word glued on) count unless the match is quoted.
 */
export function judgeEvidence({
  tier,
  pageOnTopic,
  subjectNearby,
  packTermNearby,
  interviewCollocation,
  politicalNearby,
  quoted,
  before,
  after,
}: MatchSurroundings): { kept: boolean; rule: EvidenceRule } {
  const verdict = (kept: boolean, rule: EvidenceRule) => ({ kept, rule });
  if (!quoted) {
    if (OTHER_SENSE_FOLLOWERS.some((word) => after.startsWith(word)))
      return verdict(false, 'other-sense-follower');
    if (GLUED_LATIN.test(before.slice(-1)) || GLUED_LATIN.test(after.slice(0, 1)))
      return verdict(false, 'glued-latin');
  }
  if (pageOnTopic) return verdict(true, 'page-topic');
  if (subjectNearby) return verdict(true, 'subject-nearby');
  if (packTermNearby) return verdict(true, 'pack-terms-together');
  if (interviewCollocation) return verdict(true, 'interview-collocation');
  if (tier !== 'generic' && quoted) return verdict(true, 'quoted');
  if (politicalNearby && (tier === 'national' || quoted)) return verdict(true, 'political-context');
  return verdict(false, 'no-evidence');
}
