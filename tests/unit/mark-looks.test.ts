import { describe, expect, it } from 'vitest';
import {
  ACTIVE_LOOK,
  DRAWN_LOOKS,
  DRAWN_SUFFIXES,
  MARK_INTENSITIES,
  MARK_STYLES,
  lookSuffix,
  markLooksCss,
  type DrawnLook,
} from '../../lib/page/mark-looks';

type Rgb = readonly [number, number, number];

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio. */
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** CIE L*a*b* (D65) of an sRGB colour. */
function lab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((v) => (v > 216 / 24389 ? Math.cbrt(v) : (24389 / 27 / 116) * v + 16 / 116)) as [
    number,
    number,
    number,
  ];
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** CIE76 colour difference: how far apart two areas of colour look, hue included. */
function deltaE(a: Rgb, b: Rgb): number {
  const [x, y] = [lab(a), lab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

const blend = (top: Rgb, alpha: number, under: Rgb): Rgb =>
  top.map((c, i) => Math.round(c * alpha + under[i]! * (1 - alpha))) as unknown as Rgb;

/** The page kinds the issue names: light, dark and saturated, each with its own readable text. */
const PAGES: { name: string; background: Rgb; text: Rgb }[] = [
  { name: 'white', background: [255, 255, 255], text: [17, 17, 17] },
  { name: 'near-black', background: [17, 17, 17], text: [238, 238, 238] },
  { name: 'saturated red', background: [204, 0, 0], text: [255, 255, 255] },
];

/**
 * How the look shows on a page: its text's contrast; whether a line of it (the
 * underline or its halo) stands out by WCAG's 3:1 for graphics; and how far its
 * tint's colour is from the page's (a tint is an area, seen by hue as well).
 */
function onPage(look: DrawnLook, page: (typeof PAGES)[number]) {
  const background = look.tint
    ? blend(look.tint.color, look.tint.alpha, page.background)
    : page.background;
  const lines = [look.underline?.color, look.halo].filter((tone) => tone !== undefined);
  return {
    text: contrast(look.text ?? page.text, background),
    line: Math.max(0, ...lines.map((tone) => contrast(tone, page.background))),
    tint: deltaE(background, page.background),
  };
}

/** A tint this far from the page's colour is plain to see (CIE76; 2.3 is just noticeable). */
const CLEAR_TINT = 20;
const visible = ({ line, tint }: { line: number; tint: number }) => line >= 3 || tint >= CLEAR_TINT;

const LOOKS = Object.entries(DRAWN_LOOKS).flatMap(([style, byIntensity]) =>
  Object.entries(byIntensity).map(([intensity, look]) => ({ name: `${style}-${intensity}`, look })),
);

describe('mark looks', () => {
  it.each(PAGES)('keep the text readable (WCAG AA) on a $name page', (page) => {
    for (const { name, look } of [...LOOKS, { name: 'active', look: ACTIVE_LOOK }])
      expect(onPage(look, page).text, name).toBeGreaterThanOrEqual(4.5);
  });

  it.each(PAGES)('stand out on a $name page, from medium up and when active', (page) => {
    const shown = LOOKS.filter(({ name }) => !name.endsWith('-soft'));
    for (const { name, look } of [...shown, { name: 'active', look: ACTIVE_LOOK }])
      expect(visible(onPage(look, page)), name).toBe(true);
  });

  it('stay visible when soft, on light and dark pages', () => {
    for (const { name, look } of LOOKS.filter(({ name }) => name.endsWith('-soft')))
      for (const page of PAGES.slice(0, 2))
        expect(visible(onPage(look, page)) || onPage(look, page).tint >= 10, name).toBe(true);
  });

  it('name a highlight for every style that draws, at every intensity, and none for `none`', () => {
    const expected = MARK_STYLES.filter((style) => style !== 'none').flatMap((style) =>
      MARK_INTENSITIES.map((intensity) => `${style}-${intensity}`),
    );
    expect([...DRAWN_SUFFIXES].sort()).toEqual(expected.sort());
    for (const markIntensity of MARK_INTENSITIES)
      expect(lookSuffix({ markStyle: 'none', markIntensity })).toBeNull();
    expect(lookSuffix({ markStyle: 'tint', markIntensity: 'soft' })).toBe('tint-soft');
  });

  it('style every highlight, and the active one in forced colors too', () => {
    const css = markLooksCss('il-1-2', 'every element');
    for (const suffix of [...DRAWN_SUFFIXES, 'active'])
      expect(css).toMatch(new RegExp(`(^|\\})::highlight\\(il-1-2-${suffix}\\)\\{`));
    expect(css).toMatch(/@media\(forced-colors:active\)\{::highlight\(il-1-2-active\)\{[^}]*Mark/);
    expect(css).toContain('text-decoration:underline dotted rgb(251 191 36) 2px');
    expect(css).toContain('background-color:rgb(251 191 36/0.18)');
  });

  it('write every rule on the root when highlight styles inherit', () => {
    const css = markLooksCss('il-1-2', 'root');
    const rules = css.match(/[^{}]*::highlight\([^)]*\)\{/g) ?? [];
    expect(rules).toHaveLength(DRAWN_SUFFIXES.length + 2);
    for (const rule of rules) expect(rule).toMatch(/^(@media\(forced-colors:active\)\{)?:root::/);
  });
});
