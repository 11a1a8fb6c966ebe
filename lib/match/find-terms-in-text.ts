import type { Settings } from '../settings';
import { findAllCandidates } from './find-all-candidates';
import { resolveLongestLeftmost } from './resolve-longest-leftmost';
import { createTermGate } from './term-gate';
import { packsOnTopic, type TermMatcher, type TermRef } from './term-matcher';

/** A term the lens would mark in a text. */
export interface TextMatch {
  ref: TermRef;
  start: number;
  end: number;
}

/**
 * What the lens marks in one block of text on a page with `title`: the same
 * candidates, gate and longest-leftmost as on a page, for the data build, the
 * reader and the detection evaluation.
 */
export function findTermsInText({
  matcher,
  title,
  text,
  settings,
}: {
  matcher: TermMatcher;
  title: string;
  text: string;
  settings: Pick<Settings, 'markNational' | 'disabledTerms'>;
}): TextMatch[] {
  const scan = (s: string) =>
    findAllCandidates({ text: s, automaton: matcher.automaton, foldTable: matcher.foldTable });
  const candidates = scan(text);
  const onTopicPacks = packsOnTopic(matcher, [...scan(title), ...candidates]);
  const gate = createTermGate({ matcher, settings, onTopicPacks });
  return resolveLongestLeftmost({ candidates, isActive: gate }).flatMap(({ start, end, value }) => {
    const ref = matcher.refs[value];
    return ref ? [{ ref, start, end }] : [];
  });
}
