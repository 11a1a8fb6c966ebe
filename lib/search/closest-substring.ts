/**
 * The substring of `text` closest to `pattern` by edit distance, as `[start, end)`
 * (the first one on ties, at its longest). Used to highlight a fuzzy hit as the words the user
 * meant (浙里勇有 → 浙里甬有): fuse's own match indices mark every character of
 * the query's alphabet, which in Chinese prose is noise (的, 市, 城 everywhere).
 */
export function closestSubstring({ text, pattern }: { text: string; pattern: string }): {
  start: number;
  end: number;
  distance: number;
} {
  // Sellers' algorithm, one column per text unit: cost[i] is the distance from
  // pattern[0, i) to the best substring of text ending here, which starts at from[i].
  // A match may start anywhere, so row 0 costs nothing.
  const m = pattern.length;
  let cost = Uint32Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Uint32Array(m + 1);
  let nextCost = new Uint32Array(m + 1);
  let nextFrom = new Uint32Array(m + 1);
  let best = { start: 0, end: 0, distance: m };
  for (let j = 1; j <= text.length; j++) {
    const unit = text.charCodeAt(j - 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      // Prefer the diagonal on ties, so a substituted character stays inside the span.
      let c = cost[i - 1]! + (pattern.charCodeAt(i - 1) === unit ? 0 : 1);
      let f = from[i - 1]!;
      if (nextCost[i - 1]! + 1 < c) {
        c = nextCost[i - 1]! + 1;
        f = nextFrom[i - 1]!;
      }
      if (cost[i]! + 1 < c) {
        c = cost[i]! + 1;
        f = from[i]!;
      }
      nextCost[i] = c;
      nextFrom[i] = f;
    }
    // An equally close span from the same start is taken too, so a last character
    // typed wrong (营商环竟) still highlights the whole word (营商环境).
    const distance = nextCost[m]!;
    const start = nextFrom[m]!;
    const extendsBest = distance === best.distance && start === best.start && best.end > start;
    if (distance < best.distance || extendsBest) {
      best = { start, end: j, distance };
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  return best;
}
