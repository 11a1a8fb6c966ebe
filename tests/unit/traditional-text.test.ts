import { describe, expect, it } from 'vitest';
import { withTraditionalText } from '../../lib/catalog/traditional-text';
import type { QaEntry } from '../../lib/pack/types';

const entry = (question: string, ...texts: string[]): QaEntry => ({
  number: 1,
  id: 'qa-1',
  question,
  paragraphs: texts.map((text, i) => ({ id: `qa-1-p${i + 1}`, n: i + 1, text })),
  captions: [],
});

/** A converter that changes 个 → 個 and 里 → 裡, and turns 信息 into a longer phrase. */
const convert = (text: string) => [
  text.replaceAll('个', '個').replaceAll('里', '裡').replaceAll('信息', '資訊科技'),
];

describe('withTraditionalText', () => {
  it('adds the Traditional text of each question and paragraph that converts character for character', () => {
    const [result] = withTraditionalText(
      [entry('两个先行？', '浙里甬有', '三交底', '信息')],
      convert,
    );
    expect(result!.questionTraditional).toBe('两個先行？');
    expect(result!.paragraphs.map((p) => p.traditional)).toEqual([
      '浙裡甬有',
      // Unchanged by the conversion: nothing to add.
      undefined,
      // Longer once converted: the terms' offsets would not hold.
      undefined,
    ]);
    expect(result!.paragraphs[0]!.text).toBe('浙里甬有');
  });
});
