import type { Excerpt } from '../interview/excerpt';
import type { TermTier } from '../pack/types';

/** Which spelling of a term the query matched. */
export type MatchedVia = 'text' | 'traditional' | 'alias' | 'pinyin' | 'initials';

/** A term of the catalog that matches the query. */
export interface TermResult {
  kind: 'term';
  packId: string;
  termId: string;
  /** Canonical text of the term. */
  text: string;
  tier: TermTier;
  /** 0 for an exact match after folding; lower is better. */
  score: number;
  matchedVia: MatchedVia;
  /** The spelling that matched, as the pack writes it (e.g. `liang ge xian xing`, `lgxx`, `兩個先行`). */
  matchedForm: string;
  /** Paragraph id of the term's first occurrence, or undefined for a term the interview never uses. */
  paragraphId: string | undefined;
  /** The term's first occurrence in the interview (the term alone when it has none). */
  excerpt: Excerpt;
}

/** A question (`part` 0) or answer paragraph that matches the query. */
export interface PassageResult {
  kind: 'passage';
  packId: string;
  qa: number;
  part: number;
  /** `qa-4` for a question, `qa-4-p2` for a paragraph. */
  paragraphId: string;
  /** The entry's question, to title the result. */
  question: string;
  /** The passage cut around the hit; `match` is the matched text as the passage writes it. */
  excerpt: Excerpt;
  /** 0 for an exact substring after folding; lower is better. */
  score: number;
}

/** One search result: terms are listed before passages. */
export type SearchResult = TermResult | PassageResult;

/** True for a term result. */
export function isTermResult(result: SearchResult): result is TermResult {
  return result.kind === 'term';
}

/** True for a passage result. */
export function isPassageResult(result: SearchResult): result is PassageResult {
  return result.kind === 'passage';
}
