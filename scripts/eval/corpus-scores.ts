import type { TermTier } from '../../lib/pack/types';

/** One labelled sentence: a page's title and text, and the terms a careful reader finds in the text. */
export interface CorpusLine {
  id: string;
  genre: string;
  title: string;
  text: string;
  terms: { id: string; surface: string }[];
}

/** A term the detector reports, in text offsets. */
export interface Detected {
  termId: string;
  tier: TermTier;
  start: number;
  end: number;
}

/** A rule's decision on one candidate, before overlaps are resolved. */
export interface RuleDecision extends Detected {
  rule: string;
  kept: boolean;
}

/** What one rule did across a corpus: candidates it kept or dropped, and how many of each were labelled terms. */
export interface RuleFigures {
  kept: number;
  keptRight: number;
  dropped: number;
  droppedRight: number;
}

export const THRESHOLDS = { precision: 0.95, recall: 0.9 };

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}
export interface Score extends Counts {
  precision: number;
  recall: number;
}
export interface CorpusScores {
  all: Score;
  byTier: Record<string, Score>;
  byRule: Record<string, RuleFigures>;
  /** Every miss and false mark, for reading. */
  errors: string[];
}

/** Parses a JSONL corpus, checking each line's shape and that every surface is in its text. */
export function readCorpus(jsonl: string): CorpusLine[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const value: CorpusLine = JSON.parse(line);
      if (typeof value.text !== 'string' || !Array.isArray(value.terms))
        throw new Error(`corpus line ${i + 1} is not a labelled sentence`);
      for (const term of value.terms)
        if (!value.text.includes(term.surface))
          throw new Error(`corpus ${value.id}: “${term.surface}” is not in its text`);
      return value;
    });
}

/** Where each labelled surface sits: the k-th label of a surface is its k-th occurrence. */
function labelSpans(line: CorpusLine): { termId: string; start: number; end: number }[] {
  const seen = new Map<string, number>();
  return line.terms.map(({ id, surface }) => {
    let start = -1;
    const nth = seen.get(surface) ?? 0;
    for (let k = 0; k <= nth; k++) start = line.text.indexOf(surface, start + 1);
    seen.set(surface, nth + 1);
    return { termId: id, start, end: start + surface.length };
  });
}

const score = ({ truePositives: tp, falsePositives: fp, falseNegatives: fn }: Counts): Score => ({
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

/**
 * Scores a detector on a corpus. A detection is right when a label of the same
 * term overlaps it (a variant may be cut a character differently); each label
 * is matched once.
 */
export function scoreCorpus({
  corpus,
  detect,
  tierOf,
}: {
  corpus: readonly CorpusLine[];
  detect: (title: string, text: string) => { found: Detected[]; decisions: RuleDecision[] };
  tierOf: (termId: string) => TermTier;
}): CorpusScores {
  const counts = new Map<string, Counts>();
  const count = (tier: string) => {
    let c = counts.get(tier);
    if (!c) counts.set(tier, (c = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
    return c;
  };
  const errors: string[] = [];
  const byRule: Record<string, RuleFigures> = {};
  for (const line of corpus) {
    const spans = labelSpans(line);
    const labels = spans.map((label) => ({ ...label, found: false }));
    const { found: detected, decisions } = detect(line.title, line.text);
    for (const decision of decisions) {
      const right = spans.some(
        (l) => l.termId === decision.termId && l.start < decision.end && decision.start < l.end,
      );
      const figures = (byRule[decision.rule] ??= {
        kept: 0,
        keptRight: 0,
        dropped: 0,
        droppedRight: 0,
      });
      if (decision.kept) {
        figures.kept++;
        if (right) figures.keptRight++;
      } else {
        figures.dropped++;
        if (right) figures.droppedRight++;
      }
    }
    for (const found of detected) {
      const label = labels.find(
        (l) => !l.found && l.termId === found.termId && l.start < found.end && found.start < l.end,
      );
      if (label) {
        label.found = true;
        count(found.tier).truePositives++;
      } else {
        count(found.tier).falsePositives++;
        errors.push(
          `${line.id} false: ${found.termId} «${line.text.slice(found.start, found.end)}» in ${line.text}`,
        );
      }
    }
    for (const label of labels.filter((l) => !l.found)) {
      count(tierOf(label.termId)).falseNegatives++;
      errors.push(
        `${line.id} missed: ${label.termId} «${line.text.slice(label.start, label.end)}» in ${line.text}`,
      );
    }
  }
  const total = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const c of counts.values()) {
    total.truePositives += c.truePositives;
    total.falsePositives += c.falsePositives;
    total.falseNegatives += c.falseNegatives;
  }
  return {
    all: score(total),
    byTier: Object.fromEntries([...counts].sort().map(([tier, c]) => [tier, score(c)])),
    byRule,
    errors,
  };
}

/** A Markdown table of the scores. */
export function formatScores(scores: CorpusScores): string {
  const row = (name: string, s: Score) =>
    `| ${name} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`;
  return [
    '| tier | right | false marks | missed | precision | recall |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(scores.byTier).map(([tier, s]) => row(tier, s)),
    row('all', scores.all),
    '',
    '| rule | kept | of them terms | dropped | of them terms |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(scores.byRule)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([rule, f]) =>
          `| ${rule} | ${f.kept} | ${f.keptRight} | ${f.dropped} | ${f.droppedRight} |`,
      ),
  ].join('\n');
}
