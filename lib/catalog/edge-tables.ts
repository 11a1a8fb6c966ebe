import type { EdgeTable } from '../pack/types';
import { HAN } from '../text/han';
import { segment, type Lexicon } from '../text/segment';

/**
 * Which page contexts put a term's edge inside a word, decided at build time
 * with the edge lexicon so the content world carries only small tables.
 *
 * The rule: a match is not an occurrence when the most likely segmentation of
 * the term with up to two characters of context puts its first (or last)
 * character inside a word of frequency ≥ `minFrequency` that reaches outside it
 * (增强 in 增强服务 for 强服务, 民主 in 民主平台 for 主平台, 制造业 in 加强制造业 for 强制造). Each
 * edge is decided on its own, with the context on that side only.
 */
export function createEdgeTableBuilder({
  lexicon,
  minFrequency,
  minPairFrequency,
}: {
  lexicon: Lexicon;
  minFrequency: number;
  /**
   * A two-character context is listed as keeping an edge only when it is at
   * least this frequent a word: rarer pairs are rare enough before a term that
   * listing them all would cost more than the few matches they would save.
   */
  minPairFrequency: number;
}): (form: string) => EdgeTable {
  const frequent = lexicon
    .words()
    .filter((word) => word.length > 1 && lexicon.frequency(word) >= minFrequency);
  // Two-character words by their first and last character, for the pairs that keep an edge.
  const pairs = { before: new Map<string, string[]>(), after: new Map<string, string[]>() };
  for (const word of frequent) {
    if (word.length !== 2 || lexicon.frequency(word) < minPairFrequency) continue;
    pairs.before.set(word[1]!, [...(pairs.before.get(word[1]!) ?? []), word]);
    pairs.after.set(word[0]!, [...(pairs.after.get(word[0]!) ?? []), word]);
  }
  const decide = (form: string, side: Side) =>
    encode(decideEdge({ form, side, lexicon, frequent, pairs: pairs[side], minFrequency }), side);
  return (form) => ({ before: decide(form, 'before'), after: decide(form, 'after') });
}

type Side = 'before' | 'after';

/** Context string → whether the edge is crossed (true) or kept (false). */
type Verdicts = Map<string, boolean>;

function decideEdge({
  form,
  side,
  lexicon,
  frequent,
  pairs,
  minFrequency,
}: {
  form: string;
  side: Side;
  lexicon: Lexicon;
  frequent: readonly string[];
  /** Two-character words by the character that touches the context's first one. */
  pairs: ReadonlyMap<string, readonly string[]>;
  minFrequency: number;
}): Verdicts {
  const verdicts: Verdicts = new Map();
  if (!HAN.test(side === 'before' ? form[0]! : form[form.length - 1]!)) return verdicts;
  const crosses = (context: string) => crossesEdge({ form, context, side, lexicon, minFrequency });

  // Contexts of one or two characters that, with the term's first (last)
  // characters, spell a frequent word.
  const contexts = new Set<string>();
  for (const word of frequent) {
    for (let inside = 1; inside < Math.min(word.length, form.length); inside++) {
      const outside = word.length - inside;
      if (outside > 2) continue;
      if (side === 'before' && word.endsWith(form.slice(0, inside)))
        contexts.add(word.slice(0, outside));
      if (side === 'after' && word.startsWith(form.slice(-inside)))
        contexts.add(word.slice(inside));
    }
  }
  for (const context of contexts) {
    if (!crosses(context)) continue;
    verdicts.set(context, true);
    if (context.length !== 1) continue;
    // A second character of context can take the first into a likelier word
    // of its own (作为|主平台, not 作|为主|平台): those pairs keep the edge.
    for (const word of pairs.get(context) ?? [])
      if (!verdicts.has(word) && !crosses(word)) verdicts.set(word, false);
  }
  return verdicts;
}

/** Whether the likeliest cut of context + form (or form + context) crosses the form's edge. */
function crossesEdge({
  form,
  context,
  side,
  lexicon,
  minFrequency,
}: {
  form: string;
  context: string;
  side: Side;
  lexicon: Lexicon;
  minFrequency: number;
}): boolean {
  const text = side === 'before' ? context + form : form + context;
  const edge = side === 'before' ? context.length : form.length;
  const cuts = segment(text, lexicon);
  if (cuts.includes(edge)) return false;
  const startIndex = cuts.findLastIndex((cut) => cut < edge);
  const word = text.slice(cuts[startIndex]!, cuts[startIndex + 1]!);
  return lexicon.frequency(word) >= minFrequency;
}

/**
 * `为!作 民`: contexts that cross the edge, sorted, each single character
 * followed (after `!`) by the characters that, with it, make a pair that keeps
 * the edge (作为). A kept pair is only ever listed beside the crossing single
 * character it overrides, so grouping them under it spells each once.
 */
function encode(verdicts: Verdicts, side: Side): string {
  const keptBy = new Map<string, string>();
  for (const [pair, crossed] of verdicts) {
    if (crossed || pair.length !== 2) continue;
    const [single, other] = side === 'before' ? [pair[1]!, pair[0]!] : [pair[0]!, pair[1]!];
    keptBy.set(single, (keptBy.get(single) ?? '') + other);
  }
  return [...verdicts]
    .filter(([, crossed]) => crossed)
    .map(([context]) => context)
    .sort((a, b) => a.localeCompare(b))
    .map((context) => {
      const kept = keptBy.get(context);
      return kept ? `${context}!${[...kept].sort((a, b) => a.localeCompare(b)).join('')}` : context;
    })
    .join(' ');
}
