import type { RunText } from '../match/select-matches';
import type { TextRun } from './text-walk';

/** A point in the DOM: a text node and an offset inside it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Index of the last node whose start is ≤ offset (or < offset, for an end point). */
function nodeIndexAt(starts: readonly number[], offset: number, isEnd: boolean): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid] ?? 0;
    if (isEnd ? start < offset : start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Resolves a run offset to a DOM point; an end offset stays in the node it ends. */
function pointInRun(run: TextRun, offset: number, isEnd: boolean): TextPoint {
  const i = nodeIndexAt(run.starts, offset, isEnd);
  return { node: run.nodes[i]!, offset: offset - (run.starts[i] ?? 0) };
}

/** Run offset of a DOM point, or -1 when the node is not part of the run. */
export function offsetInRun(run: TextRun, point: TextPoint): number {
  const i = run.nodes.indexOf(point.node);
  return i < 0 ? -1 : (run.starts[i] ?? 0) + point.offset;
}

/** A live DOM range covering run offsets [start, end). */
export function rangeInRun(run: TextRun, start: number, end: number): Range {
  const from = pointInRun(run, start, false);
  const to = pointInRun(run, end, true);
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * True while every node of the run is on the page with the length it was read
 * with. Offsets of a run whose text changed point at other text, or past the end
 * of a node; such a run waits for its rescan instead of being marked.
 */
export function isRunCurrent(run: TextRun): boolean {
  const last = run.nodes.length - 1;
  for (let i = 0; i <= last; i++) {
    const node = run.nodes[i]!;
    const end = i === last ? run.length : run.starts[i + 1]!;
    if (!node.isConnected || node.data.length !== end - run.starts[i]!) return false;
  }
  return true;
}

/** A run's text, read by offset through its nodes (what the match selector reads context from). */
export function runText(run: TextRun): RunText {
  return {
    length: run.length,
    charCodeAt(offset) {
      const { node, offset: at } = pointInRun(run, offset, false);
      return node.data.charCodeAt(at);
    },
  };
}
