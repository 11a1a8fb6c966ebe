/**
 * Aho–Corasick matcher compiled to a DFA over a remapped alphabet, whose
 * transitions are filled in as they are first taken, and a stream matcher that
 * runs it over a block's text nodes in one pass.
 *
 * The hot loop does one table lookup per code unit for text outside the
 * catalog's alphabet, and allocates nothing except the candidates it reports.
 */
import { FOLDED_DASH, foldUnit, SKIP, type FoldTable } from '../text/fold';

/** A form to find, already folded with `foldText`, and the caller's value for it. */
export interface Pattern {
  form: string;
  /** Opaque 32-bit signed integer reported with every match of `form`. */
  value: number;
}

/** One occurrence, in original (unfolded) code-unit offsets of the run. */
export interface Candidate {
  start: number;
  end: number;
  value: number;
}

/**
 * The compiled matcher: typed arrays, and the function that fills in the DFA's
 * transitions as they are first taken. Built once, shared by a page's streams.
 */
export interface Automaton {
  /** Folded code unit → alphabet symbol (1-based); 0 for units that occur in no pattern. */
  alphabet: Uint16Array;
  /** The units that occur in patterns, in the order their symbols were given. */
  alphabetUnits: number[];
  /** Row length of `transitions`: alphabet size + 1, column 0 being "not in any pattern". */
  stride: number;
  /**
   * transitions[state * stride + symbol] is the next state + 1, or 0 while that
   * transition has not been taken yet: then `nextState` computes and stores it.
   * State 0 is the root.
   */
  transitions: Uint16Array | Uint32Array;
  /** The state after `state` on `symbol` (an alphabet symbol), stored in `transitions` for next time. */
  nextState(state: number, symbol: number): number;
  /** Outputs of state s are entries outputStart[s] .. outputStart[s + 1] - 1. */
  outputStart: Uint32Array;
  /** Value of each output entry (own patterns first, then dictionary-suffix patterns). */
  outputValues: Int32Array;
  /** Folded length of each output entry's form, to locate where the match starts. */
  outputLengths: Uint32Array;
  /** Longest folded form, which bounds how far back a match can start. */
  maxLength: number;
}

const ROOT = 0;
const NOT_IN_ALPHABET = 0;
/** States a 16-bit table can hold: it stores each state + 1. */
const MAX_UINT16_STATES = 0xffff;

/**
 * The pattern trie, in typed arrays: the build runs once per page load, before
 * the engine has optimized it, where a Map per state and an array per state's
 * patterns cost several times more than flat arrays. States are numbered as
 * they are made; 0 is the root, so 0 also means "none" in the child links.
 */
interface Trie {
  stateCount: number;
  /** The state's symbol on the edge from its parent. */
  symbolOf: Uint32Array;
  /** The state's children as a list: its first child, then each child's next sibling. */
  firstChild: Uint32Array;
  nextSibling: Uint32Array;
  /** The root's child by symbol (the root may have one for every symbol). */
  rootChild: Uint32Array;
  /** The state each kept pattern ends at, by pattern index. */
  endOf: Uint32Array;
}

/**
 * Compiles patterns into an Aho–Corasick DFA whose transitions are computed
 * when first taken; empty forms are ignored. A page takes few of them: the
 * full table (311 KB for the bundled pack) cost every page load its filling
 * and the memory it touched, in a few ms of cold script.
 */
export function buildAutomaton(patterns: readonly Pattern[]): Automaton {
  const kept = patterns.filter((pattern) => pattern.form.length > 0);
  for (const { value } of kept) {
    if (value !== (value | 0)) throw new RangeError(`Pattern value ${value} is not an int32`);
  }
  const { alphabet, alphabetUnits } = buildAlphabet(kept);
  const stride = alphabetUnits.length + 1;
  const trie = buildTrie(kept, alphabet, stride);
  const { stateCount, symbolOf, firstChild, nextSibling, rootChild } = trie;
  // Zero-filled, so every transition starts "not taken yet"; the pages of
  // rows never taken are never touched.
  const transitions =
    stateCount <= MAX_UINT16_STATES
      ? new Uint16Array(stateCount * stride)
      : new Uint32Array(stateCount * stride);
  const failure = new Uint32Array(stateCount);

  /**
   * Goto and failure folded together: the state's own child on `symbol`, or
   * else its failure state's, and so on towards the root. Fills in nothing,
   * so building the failure links writes no row of the table: a row written
   * is memory touched, which a page load pays for (see `transitions`).
   */
  const follow = (state: number, symbol: number): number => {
    for (;;) {
      if (state === ROOT) return rootChild[symbol]!;
      let child = firstChild[state]!;
      while (child !== ROOT && symbolOf[child] !== symbol) child = nextSibling[child]!;
      if (child !== ROOT) return child;
      state = failure[state]!;
    }
  };
  const nextState = (state: number, symbol: number): number => {
    const at = state * stride + symbol;
    const stored = transitions[at]!;
    if (stored !== 0) return stored - 1;
    const target = follow(state, symbol);
    transitions[at] = target + 1;
    return target;
  };

  // Breadth-first, so a state's failure state, nearer the root, is known before
  // the state's children need it.
  const order = new Uint32Array(stateCount);
  let queued = 1;
  for (let child = firstChild[ROOT]!; child !== ROOT; child = nextSibling[child]!)
    order[queued++] = child;
  for (let next = 1; next < queued; next++) {
    const state = order[next]!;
    for (let child = firstChild[state]!; child !== ROOT; child = nextSibling[child]!) {
      failure[child] = follow(failure[state]!, symbolOf[child]!);
      order[queued++] = child;
    }
  }

  return {
    alphabet,
    alphabetUnits,
    stride,
    transitions,
    nextState,
    ...flattenOutputs({ trie, order, failure, patterns: kept }),
    maxLength: kept.reduce((longest, pattern) => Math.max(longest, pattern.form.length), 0),
  };
}

function buildAlphabet(patterns: readonly Pattern[]): {
  alphabet: Uint16Array;
  alphabetUnits: number[];
} {
  const alphabet = new Uint16Array(0x10000);
  const alphabetUnits: number[] = [];
  for (const { form } of patterns) {
    for (let i = 0; i < form.length; i++) {
      const unit = form.charCodeAt(i);
      if (alphabet[unit] !== NOT_IN_ALPHABET) continue;
      alphabetUnits.push(unit);
      alphabet[unit] = alphabetUnits.length;
    }
  }
  return { alphabet, alphabetUnits };
}

function buildTrie(patterns: readonly Pattern[], alphabet: Uint16Array, stride: number): Trie {
  // At most one state per pattern unit, plus the root.
  let capacity = 1;
  for (const { form } of patterns) capacity += form.length;
  const symbolOf = new Uint32Array(capacity);
  const firstChild = new Uint32Array(capacity);
  const nextSibling = new Uint32Array(capacity);
  const endOf = new Uint32Array(patterns.length);
  const rootChild = new Uint32Array(stride);
  let stateCount = 1;
  for (let index = 0; index < patterns.length; index++) {
    const { form } = patterns[index]!;
    let state = ROOT;
    for (let i = 0; i < form.length; i++) {
      const symbol = alphabet[form.charCodeAt(i)]!;
      let child: number = state === ROOT ? rootChild[symbol]! : firstChild[state]!;
      if (state !== ROOT)
        while (child !== ROOT && symbolOf[child] !== symbol) child = nextSibling[child]!;
      if (child === ROOT) {
        child = stateCount++;
        symbolOf[child] = symbol;
        nextSibling[child] = firstChild[state]!;
        firstChild[state] = child;
        if (state === ROOT) rootChild[symbol] = child;
      }
      state = child;
    }
    endOf[index] = state;
  }
  return { stateCount, symbolOf, firstChild, nextSibling, rootChild, endOf };
}

function flattenOutputs({
  trie: { stateCount, endOf },
  order,
  failure,
  patterns,
}: {
  trie: Trie;
  order: Uint32Array;
  failure: Uint32Array;
  patterns: readonly Pattern[];
}): Pick<Automaton, 'outputStart' | 'outputValues' | 'outputLengths'> {
  // A state reports its own patterns plus everything its failure state
  // reports (the dictionary suffix chain); breadth-first order guarantees the
  // failure state's entries are counted, then written, first.
  const outputCount = new Uint32Array(stateCount);
  for (const state of endOf) outputCount[state]!++;
  for (let next = 1; next < stateCount; next++) {
    const state = order[next]!;
    outputCount[state]! += outputCount[failure[state]!]!;
  }
  const outputStart = new Uint32Array(stateCount + 1);
  for (let state = 0; state < stateCount; state++)
    outputStart[state + 1] = outputStart[state]! + outputCount[state]!;
  const total = outputStart[stateCount]!;
  const outputValues = new Int32Array(total);
  const outputLengths = new Uint32Array(total);
  // Own patterns first, in pattern order…
  const written = outputStart.slice(0, stateCount);
  for (let index = 0; index < patterns.length; index++) {
    const entry = written[endOf[index]!]!++;
    outputValues[entry] = patterns[index]!.value;
    outputLengths[entry] = patterns[index]!.form.length;
  }
  // …then the failure state's whole list.
  for (let next = 1; next < stateCount; next++) {
    const state = order[next]!;
    const fail = failure[state]!;
    const at = written[state]!;
    outputValues.copyWithin(at, outputStart[fail]!, outputStart[fail + 1]!);
    outputLengths.copyWithin(at, outputStart[fail]!, outputStart[fail + 1]!);
  }
  return { outputStart, outputValues, outputLengths };
}

/** Streams one block's text nodes through the automaton, carrying state across nodes. */
export interface StreamMatcher {
  /** Starts a new run (block boundary): no match may span it. */
  reset(): void;
  /** Scans one chunk whose first unit is at `baseOffset` in the run, pushing every match to `out`. */
  feed(text: string, baseOffset: number, out: Candidate[]): void;
}

// Marks a unit that folds to SKIP in the stream matcher's composed table. Symbols
// count the distinct units of the forms, so they reach it only if the forms use
// all 65,535 other units; that last unit would then be skipped, not matched.
const SKIPPED_SYMBOL = 0xffff;

/** The symbol tables made so far, by automaton, then by fold table. */
const symbolTables = new WeakMap<Automaton, WeakMap<FoldTable, Uint16Array>>();

/**
 * Fold and alphabet remap composed into one table: one lookup per unit. A
 * page's stream matchers (the full scan's, the rescans', the topic's) share
 * one: each used to fill its own 65,536 entries at start, on every page.
 */
function symbolTable(automaton: Automaton, foldTable: FoldTable): Uint16Array {
  let byFold = symbolTables.get(automaton);
  if (!byFold) symbolTables.set(automaton, (byFold = new WeakMap()));
  let symbolOf = byFold.get(foldTable);
  if (symbolOf) return symbolOf;
  // 16 bits, not 32: every frame with Chinese text holds one, 128 KB instead of 256.
  symbolOf = new Uint16Array(0x10000);
  const { alphabet } = automaton;
  const symbolAt = (unit: number) => {
    const folded = foldUnit(foldTable, unit);
    symbolOf![unit] = folded === SKIP ? SKIPPED_SYMBOL : alphabet[folded]!;
  };
  // Every other unit folds to itself: only the alphabet's own units, the
  // folded ones and unit 0 (which is SKIP) get a symbol; the rest stay 0,
  // outside the alphabet.
  symbolAt(SKIP);
  for (const unit of automaton.alphabetUnits) symbolAt(unit);
  for (const unit of foldTable.changed) symbolAt(unit);
  byFold.set(foldTable, symbolOf);
  return symbolOf;
}

/** Creates a stream matcher that folds page text with `foldTable` and matches it with `automaton`. */
export function createStreamMatcher({
  automaton,
  foldTable,
}: {
  automaton: Automaton;
  foldTable: FoldTable;
}): StreamMatcher {
  const { alphabet, stride, transitions, nextState, outputStart, outputValues, outputLengths } =
    automaton;

  const symbolOf = symbolTable(automaton, foldTable);
  // When no form contains a dash, a dash just returns to the root and
  // collapsing dash runs changes nothing, so no symbol needs to be watched.
  const dashSymbol = alphabet[FOLDED_DASH] || SKIPPED_SYMBOL;

  // Original offsets of the last emitted in-alphabet units; a match of folded
  // length L starts at the offset recorded L units back. Sized to a power of
  // two (≥ the longest form) so the position wraps with a mask.
  let ringSize = 1;
  while (ringSize < automaton.maxLength) ringSize *= 2;
  const ringMask = ringSize - 1;
  const ring = new Uint32Array(ringSize);

  let state = ROOT;
  let position = 0;
  let afterDash = false;

  return {
    reset() {
      state = ROOT;
      afterDash = false;
    },

    feed(text, baseOffset, out) {
      let current = state;
      let next = position;
      let dash = afterDash;
      for (let i = 0; i < text.length; i++) {
        const symbol = symbolOf[text.charCodeAt(i)]!;
        // Most page text is outside the alphabet: the DFA would go to the
        // root anyway (column 0), and such a unit can never be part of a
        // match, so it needs no ring slot and no output check.
        if (symbol === NOT_IN_ALPHABET) {
          current = ROOT;
          dash = false;
          continue;
        }
        if (symbol === SKIPPED_SYMBOL) continue;
        if (symbol === dashSymbol) {
          if (dash) continue;
          dash = true;
        } else {
          dash = false;
        }
        ring[next] = baseOffset + i;
        next = (next + 1) & ringMask;
        // A transition taken before is read here, without the call: only a
        // first one goes through `nextState`.
        const stored = transitions[current * stride + symbol]!;
        current = stored !== 0 ? stored - 1 : nextState(current, symbol);
        const last = outputStart[current + 1]!;
        for (let entry = outputStart[current]!; entry < last; entry++) {
          out.push({
            start: ring[(next - outputLengths[entry]!) & ringMask]!,
            end: baseOffset + i + 1,
            value: outputValues[entry]!,
          });
        }
      }
      state = current;
      position = next;
      afterDash = dash;
    },
  };
}
