/**
 * Builds the per-character fold table that lets Simplified patterns match
 * Traditional pages, including pages that mix forms (浙裡甬有 next to 浙裏甬有).
 * Whole forms are converted too, so context-dependent choices (e.g. 里 → 裡/裏)
 * are captured, then aligned character by character.
 */
export function buildCharFold({
  forms,
  toTraditional,
}: {
  forms: readonly string[];
  toTraditional: (text: string) => string[];
}): { charFold: string; conflicts: string[] } {
  const catalogChars = new Set(forms.flatMap((form) => Array.from(form)));
  const fold = new Map<string, string>();
  // A set: the same conflict shows up once per form and once per character.
  const conflicts = new Set<string>();

  const addPair = (variant: string, target: string): void => {
    if (variant === target || variant.length !== 1 || target.length !== 1) return;
    // A variant that is itself a catalog character cannot be folded away.
    if (catalogChars.has(variant)) return;
    const existing = fold.get(variant);
    if (existing === undefined) fold.set(variant, target);
    else if (existing !== target) conflicts.add(`${variant} → ${existing} or ${target}`);
  };

  const sources = [...forms, ...catalogChars];
  for (const source of sources) {
    const chars = Array.from(source);
    for (const converted of toTraditional(source)) {
      const convertedChars = Array.from(converted);
      if (convertedChars.length !== chars.length) continue;
      convertedChars.forEach((variant, i) => addPair(variant, chars[i] ?? variant));
    }
  }
  const charFold = Array.from(fold, ([variant, target]) => variant + target)
    .sort()
    .join('');
  return { charFold, conflicts: [...conflicts] };
}
