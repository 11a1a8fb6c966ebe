import type { Settings } from '../settings/settings';
import { findAllCandidates } from './find-all-candidates';
import { createMatchSelector, type SelectionRule } from './select-matches';
import { packsOnTopic, type TermMatcher, type TermRef } from './term-matcher';

/** A term the lens would mark in a text. */
export interface TextMatch {
  ref: TermRef;
  start: number;
  end: number;
}

/**
 * What the lens marks in one block of text on a page with `title`: the same
 * candidates and decision as on a page, for the detection evaluation.
 */
export function findTermsInText({
  matcher,
  title,
  text,
  settings,
  onRule,
}: {
  matcher: TermMatcher;
  title: string;
  text: string;
  settings: Pick<Settings, 'enabled' | 'markNational' | 'disabledTerms'>;
  /** Told which rule decided each term candidate (see createMatchSelector). */
  onRule?: (decided: TextMatch, rule: SelectionRule, kept: boolean) => void;
}): TextMatch[] {
  const scan = (s: string) =>
    findAllCandidates({ text: s, automaton: matcher.automaton, foldTable: matcher.foldTable });
  const candidates = scan(text);
  const onTopicPacks = packsOnTopic(matcher, { title: scan(title), page: candidates });
  const select = createMatchSelector({
    matcher,
    settings,
    onTopicPacks,
    onRule:
      onRule &&
      ((candidate, rule, kept) => {
        const ref = matcher.refs[matcher.forms[candidate.value]?.termIndex ?? -1];
        if (ref) onRule({ ref, start: candidate.start, end: candidate.end }, rule, kept);
      }),
  });
  return select(candidates, text).flatMap(({ termIndex, start, end }) => {
    const ref = matcher.refs[termIndex];
    return ref ? [{ ref, start, end }] : [];
  });
}
