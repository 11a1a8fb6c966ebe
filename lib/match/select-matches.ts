import type { Settings } from '../settings/settings';
import { foldUnit, SKIP } from '../text/fold';
import type { Candidate } from './automaton';
import { crossesAfter, crossesBefore } from './edges';
import { judgeEvidence, type EvidenceRule } from './evidence';
import { resolveLongestLeftmost } from './resolve-longest-leftmost';
import { probeOf, type TermMatcher } from './term-matcher';
import type { Collocations } from '../pack/types';
import { CLOSING_QUOTES, isQuoteMark, OPENING_QUOTES } from '../text/quote-marks';

/** The text of a run, read by offset (a string is one; so is a page run's text nodes). */
export interface RunText {
  readonly length: number;
  charCodeAt(offset: number): number;
}

/** A term to mark: its term index and where it is in the run. */
export interface SelectedMatch {
  termIndex: number;
  start: number;
  end: number;
}

/** Picks a run's matches from its candidates. */
export type MatchSelector = (candidates: readonly Candidate[], text: RunText) => SelectedMatch[];

/** Which rule decided a candidate (for the detection evaluation's per-rule figures). */
export type SelectionRule = 'switched-off' | 'edge' | 'self-evident' | EvidenceRule;

/**
 * How many characters either side of a match its context needs: a pair of
 * the interview's words, and a 的 and a quote mark between them and the match.
 */
const CONTEXT_CHARS = 4;
/** How far to look for them past skipped units (a line break and its indent). */
const CONTEXT_UNITS = 12;

const SPACE = /\s/;

/**
 * Whether a page puts the interview's own words right beside a match (its
 * folded context, read past quote marks and, before it, a 的), as
 * lib/catalog/interview-collocations.ts reads the interview's.
 */
function saysItAsTheInterview(
  collocations: Collocations | undefined,
  before: string,
  after: string,
): boolean {
  if (!collocations) return false;
  const unquoted = (text: string) => [...text].filter((c) => !isQuoteMark(c)).join('');
  const pageBefore = unquoted(before).replace(/的$/, '');
  const pageAfter = unquoted(after);
  return (
    collocations.before.some((pair) => pageBefore.endsWith(pair)) ||
    collocations.after.some((pair) => pageAfter.startsWith(pair))
  );
}

/**
 * The one decision of what to mark, everywhere the lens shows terms (page
 * marks and their counts, the card, the popup's and the reader's "on this
 * page"): a candidate is kept when the reader has not switched its term off,
 * its edges do not fall inside a word of the page, and it is self-evident or
 * the page gives evidence for it; then overlaps go to the leftmost, longest.
 */
export function createMatchSelector({
  matcher,
  settings,
  onTopicPacks,
  onRule,
}: {
  matcher: TermMatcher;
  settings: Pick<Settings, 'enabled' | 'markNational' | 'disabledTerms'>;
  /** Packs the page as a whole is about (see lib/page/page-topic.ts). */
  onTopicPacks: ReadonlySet<string>;
  /** Told which rule decided each term candidate, before overlaps are resolved. */
  onRule?: (candidate: Candidate, rule: SelectionRule, kept: boolean) => void;
}): MatchSelector {
  if (!settings.enabled) return () => [];
  const disabled = new Set(settings.disabledTerms);
  const allowed = matcher.refs.map(
    (ref) => !disabled.has(ref.key) && (ref.tier !== 'national' || settings.markNational),
  );
  const { foldTable } = matcher;
  /**
   * Folded text around [start, end): `before` in text order ending at start,
   * `after` from end. Units the matcher skips (spaces, line breaks, invisible
   * characters) are skipped here too, as they are inside a term.
   */
  const around = (text: RunText, start: number, end: number) => {
    let before = '';
    for (let i = start - 1, seen = 0; i >= 0 && seen < CONTEXT_UNITS; i--, seen++) {
      if (before.length === CONTEXT_CHARS) break;
      const unit = foldUnit(foldTable, text.charCodeAt(i));
      if (unit !== SKIP) before = String.fromCharCode(unit) + before;
    }
    let after = '';
    for (let i = end, seen = 0; i < text.length && seen < CONTEXT_UNITS; i++, seen++) {
      if (after.length === CONTEXT_CHARS) break;
      const unit = foldUnit(foldTable, text.charCodeAt(i));
      if (unit !== SKIP) after += String.fromCharCode(unit);
    }
    return { before, after };
  };
  const quoted = (text: RunText, start: number, end: number): boolean => {
    let i = start - 1;
    while (i >= 0 && SPACE.test(String.fromCharCode(text.charCodeAt(i)))) i--;
    let j = end;
    while (j < text.length && SPACE.test(String.fromCharCode(text.charCodeAt(j)))) j++;
    return (
      i >= 0 &&
      j < text.length &&
      OPENING_QUOTES.has(String.fromCharCode(text.charCodeAt(i))) &&
      CLOSING_QUOTES.has(String.fromCharCode(text.charCodeAt(j)))
    );
  };

  return (candidates, text) => {
    const nearby = new Set<string>();
    let politicalNearby = false;
    for (const candidate of candidates) {
      const probe = probeOf(matcher, candidate);
      if (probe?.kind === 'political') politicalNearby = true;
      else if (probe) nearby.add(probe.packId);
    }
    // First what the page's words alone say of each candidate; then, for those
    // that need evidence, whether another quoted term of their pack stands beside them.
    const looks = candidates.flatMap((candidate) => {
      const form = matcher.forms[candidate.value];
      if (!form) return [];
      const { before, after } = around(text, candidate.start, candidate.end);
      const crossed = crossesBefore(form.before, before) || crossesAfter(form.after, after);
      const inQuotes = quoted(text, candidate.start, candidate.end);
      return [
        { candidate, form, ref: matcher.refs[form.termIndex]!, before, after, crossed, inQuotes },
      ];
    });
    // Quoted terms of one pack, by pack: two slogans of one interview quoted
    // side by side (“强制造”与“强服务”) vouch for each other.
    const termsOfPack = new Map<string, Set<number>>();
    for (const look of looks) {
      if (look.crossed || !look.inQuotes || !allowed[look.form.termIndex]) continue;
      const terms = termsOfPack.get(look.ref.packId) ?? new Set();
      termsOfPack.set(look.ref.packId, terms.add(look.form.termIndex));
    }
    const decide = ({ form, ref, before, after, crossed, inQuotes }: (typeof looks)[number]) => {
      if (!allowed[form.termIndex]) return ['switched-off', false] as const;
      if (crossed) return ['edge', false] as const;
      if (!form.needsEvidence) return ['self-evident', true] as const;
      const { kept, rule } = judgeEvidence({
        tier: ref.tier,
        pageOnTopic: onTopicPacks.has(ref.packId),
        subjectNearby: nearby.has(ref.packId),
        packTermNearby: inQuotes && (termsOfPack.get(ref.packId)?.size ?? 0) > 1,
        interviewCollocation: saysItAsTheInterview(ref.collocations, before, after),
        politicalNearby,
        quoted: inQuotes,
        before,
        after,
      });
      return [rule, kept] as const;
    };
    const kept = looks.flatMap((look) => {
      const [rule, keep] = decide(look);
      onRule?.(look.candidate, rule, keep);
      return keep ? [look.candidate] : [];
    });
    return resolveLongestLeftmost({ candidates: kept, isActive: () => true }).map(
      ({ start, end, value }) => ({ termIndex: matcher.forms[value]!.termIndex, start, end }),
    );
  };
}
