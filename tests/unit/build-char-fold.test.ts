import { describe, expect, it } from 'vitest';
import { buildCharFold } from '../../lib/catalog/build-char-fold';

/** A converter that knows only whole phrases, as OpenCC's context-dependent choices do. */
const byPhrase =
  (table: Readonly<Record<string, string[]>>) =>
  (text: string): string[] =>
    table[text] ?? [text];

describe('buildCharFold', () => {
  it('folds variants found only in whole-form conversions (里 → 裡 / 裏 in 浙里)', () => {
    const { charFold, conflicts } = buildCharFold({
      forms: ['浙里甬有'],
      toTraditional: byPhrase({ 浙里甬有: ['浙裡甬有', '浙裏甬有'] }),
    });
    expect(charFold).toBe('裏里裡里');
    expect(conflicts).toEqual([]);
  });

  it('also converts each catalog character alone', () => {
    const { charFold } = buildCharFold({
      forms: ['两个'],
      toTraditional: byPhrase({ 两: ['兩'], 个: ['個'] }),
    });
    expect(charFold).toBe('個个兩两');
  });

  it('does not fold a variant that is itself a catalog character', () => {
    const toTraditional = byPhrase({ 干线港: ['乾线港'], 干: ['乾'] });
    expect(buildCharFold({ forms: ['干线港'], toTraditional }).charFold).toBe('乾干');
    expect(buildCharFold({ forms: ['干线港', '乾坤湾'], toTraditional }).charFold).toBe('');
  });

  it('warns when a variant would fold two ways, keeping the first', () => {
    const { charFold, conflicts } = buildCharFold({
      forms: ['干斡'],
      toTraditional: byPhrase({ 干斡: ['幹斡', '干幹'] }),
    });
    expect(charFold).toBe('幹干');
    expect(conflicts).toEqual(['幹 → 干 or 斡']);
  });

  it('skips conversions that change the length, and identical characters', () => {
    const { charFold } = buildCharFold({
      forms: ['集群'],
      toTraditional: byPhrase({ 集群: ['叢集群', '集群'] }),
    });
    expect(charFold).toBe('');
  });

  it('lists pairs sorted, so the output is stable', () => {
    const one = buildCharFold({ forms: ['个两'], toTraditional: byPhrase({ 个两: ['個兩'] }) });
    const other = buildCharFold({
      forms: ['两', '个'],
      toTraditional: byPhrase({ 两: ['兩'], 个: ['個'] }),
    });
    expect(one.charFold).toBe(other.charFold);
    expect(one.charFold).toBe('個个兩两');
  });
});

describe('buildCharFold: regressions', () => {
  it('reports a conflict once, though it is met for the form and for the character', () => {
    const { conflicts } = buildCharFold({
      forms: ['干线港', '斡旋港'],
      toTraditional: (t) => [t.replaceAll('干', '幹'), t.replaceAll('斡', '幹')],
    });
    expect(conflicts).toEqual(['幹 → 干 or 斡']);
  });
});
