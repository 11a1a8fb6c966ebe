import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type Rgb = [number, number, number];

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) =>
    rgb
      .map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      })
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex = (value: string): Rgb => {
  const digits = value.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
};

const css = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../../components', path), 'utf8');

/** A stylesheet's palettes, from its `--name: light-dark(light, dark)` custom properties. */
function palettes(path: string): Record<'light' | 'dark', Record<string, Rgb>> {
  const pairs = Array.from(
    css(path).matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-fA-F]+),\s*(#[0-9a-fA-F]+)\)/g),
  );
  return {
    light: Object.fromEntries(pairs.map((m) => [m[1]!, hex(m[2]!)])),
    dark: Object.fromEntries(pairs.map((m) => [m[1]!, hex(m[3]!)])),
  };
}

/** Text colour on background, as the stylesheets pair them. */
const PAGE_PAIRS = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['fg', 'surface'],
  ['muted', 'surface'],
  ['accent', 'surface'],
  ['fg', 'mark'],
  ['fg', 'onpage'],
  ['fg', 'flash'],
  ['bg', 'accent'],
  ['error', 'bg'],
] as const;
/** A field's border is its only outline: WCAG 1.4.11 asks 3:1 of it. */
const PAGE_OUTLINES = [
  ['control', 'bg'],
  ['control', 'surface'],
  // The bar under a term the page also mentions, its cue besides colour.
  ['onpage-line', 'bg'],
  ['onpage-line', 'onpage'],
] as const;
const CARD_PAIRS = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['fg', 'button'],
  ['fg', 'mark'],
] as const;

describe('colour contrast (WCAG AA, 4.5:1 for text)', () => {
  it.each(['light', 'dark'] as const)('holds for the extension pages in %s', (scheme) => {
    const palette = palettes('extension-page.css')[scheme];
    for (const [text, background] of PAGE_PAIRS)
      expect(
        contrast(palette[text]!, palette[background]!),
        `${text} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['light', 'dark'] as const)('holds for the fields’ outlines in %s (3:1)', (scheme) => {
    const palette = palettes('extension-page.css')[scheme];
    for (const [line, background] of PAGE_OUTLINES)
      expect(
        contrast(palette[line]!, palette[background]!),
        `${line} on ${background}`,
      ).toBeGreaterThanOrEqual(3);
  });

  it.each(['light', 'dark'] as const)('holds for the card in %s', (scheme) => {
    const palette = palettes('hover-card.css')[scheme];
    for (const [text, background] of CARD_PAIRS)
      expect(
        contrast(palette[text]!, palette[background]!),
        `${text} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5);
  });

  it('finds every colour it checks (the parser still reads the stylesheets)', () => {
    for (const palette of [...Object.values(palettes('extension-page.css'))])
      for (const name of [
        'fg',
        'muted',
        'accent',
        'bg',
        'surface',
        'mark',
        'onpage',
        'flash',
        'error',
        'control',
      ])
        expect(palette[name], name).toBeDefined();
    for (const palette of Object.values(palettes('hover-card.css')))
      for (const name of ['fg', 'muted', 'accent', 'bg', 'button', 'mark'])
        expect(palette[name], name).toBeDefined();
  });
});
