import { describe, expect, it } from 'vitest';
import { foldWithOffsets, sourceRange } from '../../lib/search/folded-text';
import { createFoldTable, foldText } from '../../lib/text/fold';

const table = createFoldTable('兩两個个');

/** The source text under the folded occurrence of `needle`. */
function highlight(text: string, needle: string): string {
  const fold = foldWithOffsets(text, table);
  const at = fold.folded.indexOf(foldText(needle, table));
  expect(at, `${needle} must occur`).toBeGreaterThanOrEqual(0);
  const range = sourceRange({ text: fold, start: at, end: at + foldText(needle, table).length });
  return text.slice(range.start, range.end);
}

describe('foldWithOffsets', () => {
  it('folds exactly like foldText', () => {
    for (const text of ['兩個 先行', 'a——b', '中国—中东欧', 'Ａ　Ｂ', '']) {
      const fold = foldWithOffsets(text, table);
      expect(fold.folded).toBe(foldText(text, table));
      expect(fold.starts).toHaveLength(fold.folded.length);
      expect(fold.ends).toHaveLength(fold.folded.length);
    }
  });

  it('maps a hit back over dropped spaces and folded width', () => {
    expect(highlight('要在 两个\u00a0先行 的', '两个先行')).toBe('两个\u00a0先行');
    expect(highlight('在宁波，都挺好。', '宁波,都')).toBe('宁波，都');
    expect(highlight('兩個先行', '两个')).toBe('兩個');
  });

  it('covers a whole dash run with its one folded dash', () => {
    expect(highlight('中国——中东欧', '国—中')).toBe('国——中');
  });
});
