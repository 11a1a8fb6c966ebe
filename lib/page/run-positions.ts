import type { RunText } from '../match/select-matches';
import type { RunPlace } from './text-walk';

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

/** A run's nodes and their starts, once found. */
interface RunNodes {
  nodes: Text[];
  starts: number[];
}

/** The non-empty text nodes of a leaf block, in order, with their starts, and their total length. */
function leafNodes(block: Element | ShadowRoot): RunNodes & { length: number } {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const size = node.data.length;
    if (size === 0) continue;
    nodes.push(node);
    starts.push(length);
    length += size;
  }
  return { nodes, starts, length };
}

/** The nodes a run holds: those it was read with, or a leaf's once found; null before that. */
const keptNodes = ({ nodes, starts }: RunPlace): RunNodes | null =>
  nodes && starts ? { nodes, starts } : null;

/**
 * A run's nodes: those it was read with, or, for a leaf block read whole, its
 * text nodes now, kept from then on. Null when the leaf's text is no longer the
 * length it was read with (it changed; its rescan will replace the run).
 */
export function nodesOf(run: RunPlace): RunNodes | null {
  const kept = keptNodes(run);
  if (kept) return kept;
  const found = leafNodes(run.block);
  if (found.length !== run.length) return null;
  run.nodes = found.nodes;
  run.starts = found.starts;
  return found;
}

/** Resolves a run offset to a DOM point; an end offset stays in the node it ends. */
function pointIn({ nodes, starts }: RunNodes, offset: number, isEnd: boolean): TextPoint {
  const i = nodeIndexAt(starts, offset, isEnd);
  return { node: nodes[i]!, offset: offset - (starts[i] ?? 0) };
}

/** Run offset of a DOM point, or -1 when the node is not part of the run. */
export function offsetInRun(run: RunPlace, point: TextPoint): number {
  const found = nodesOf(run);
  const i = found ? found.nodes.indexOf(point.node) : -1;
  return i < 0 ? -1 : (found!.starts[i] ?? 0) + point.offset;
}

/** A live DOM range covering run offsets [start, end), or null when the run's text changed. */
export function rangeInRun(run: RunPlace, start: number, end: number): Range | null {
  const found = nodesOf(run);
  if (!found) return null;
  const from = pointIn(found, start, false);
  const to = pointIn(found, end, true);
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The element holding the text at a run offset, without keeping a leaf's
 * nodes (visibility is decided for every match, most of which are never marked).
 */
export function elementAtOffset(run: RunPlace, offset: number): Element | null {
  // A block without elements inside holds all of its text itself: no walk.
  if (run.block instanceof Element && run.block.firstElementChild === null) return run.block;
  const found = keptNodes(run) ?? leafNodes(run.block);
  if (found.nodes.length === 0) return null;
  return pointIn(found, offset, false).node.parentElement;
}

/**
 * True while every node of the run is on the page with the length it was read
 * with. Offsets of a run whose text changed point at other text, or past the end
 * of a node; such a run waits for its rescan instead of being marked. A leaf
 * whose nodes were never needed is current while its block is on the page with
 * text of the length it was read with.
 */
export function isRunCurrent(run: RunPlace): boolean {
  const kept = keptNodes(run);
  if (!kept) return run.block.isConnected && run.block.textContent?.length === run.length;
  const { nodes, starts } = kept;
  const last = nodes.length - 1;
  for (let i = 0; i <= last; i++) {
    const node = nodes[i]!;
    const end = i === last ? run.length : starts[i + 1]!;
    if (!node.isConnected || node.data.length !== end - starts[i]!) return false;
  }
  return true;
}

/**
 * A run's text, read by offset (what the match selector reads context from):
 * through its nodes, or a leaf block's text as it is now. Null when the
 * leaf's text changed length since it was read.
 */
export function runText(run: RunPlace): RunText | null {
  const found = keptNodes(run);
  if (!found) {
    const text = run.block.textContent ?? '';
    return text.length === run.length ? text : null;
  }
  return {
    length: run.length,
    charCodeAt(offset) {
      const { node, offset: at } = pointIn(found, offset, false);
      return node.data.charCodeAt(at);
    },
  };
}
