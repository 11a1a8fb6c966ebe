import { describe, expect, it } from 'vitest';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { createTermMatcher } from '../../lib/match/term-matcher';
import { scriptOfText } from '../../lib/match/text-script';

const { foldTable } = createTermMatcher(bundledMatchIndexes);

describe('scriptOfText', () => {
  it('reads a term with a Traditional character as Traditional', () => {
    expect(scriptOfText('兩個先行', foldTable)).toBe('traditional');
    expect(scriptOfText('浙裡甬有', foldTable)).toBe('traditional');
    expect(scriptOfText('锋領港城', foldTable)).toBe('traditional');
  });

  it('reads Simplified text, and text both scripts share, as Simplified', () => {
    expect(scriptOfText('两个先行', foldTable)).toBe('simplified');
    expect(scriptOfText('三交底', foldTable)).toBe('simplified');
    expect(scriptOfText('', foldTable)).toBe('simplified');
  });

  it('is not swayed by full-width letters or punctuation, which fold too', () => {
    expect(scriptOfText('ＡＩ知行学堂，', foldTable)).toBe('simplified');
  });
});
