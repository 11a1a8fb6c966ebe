/** How marks are drawn: `none` keeps them (for the keyboard path and the popup) and draws nothing. */
export type MarkStyle = 'underline' | 'tint' | 'none';
export const MARK_STYLES: readonly MarkStyle[] = ['underline', 'tint', 'none'];

/** How strongly a drawn mark shows. */
export type MarkIntensity = 'soft' | 'medium' | 'strong';
export const MARK_INTENSITIES: readonly MarkIntensity[] = ['soft', 'medium', 'strong'];

export interface MarkLook {
  markStyle: MarkStyle;
  markIntensity: MarkIntensity;
}

type Rgb = readonly [number, number, number];

/**
 * One drawn look. Pages may be light, dark or saturated, and no single colour
 * stands out on all of them, so every look has two tones: a bright amber that
 * shows on dark and red pages, and a dark brown that shows on white ones.
 * A look never lowers the contrast of the page's own text below WCAG AA: a tint
 * stays translucent, or, when it is opaque, sets a dark text colour of its own.
 */
export interface DrawnLook {
  underline?: { line: 'dotted' | 'solid'; widthPx: number; color: Rgb };
  /** A 1px shadow around the text and its underline: the second tone. */
  halo?: Rgb;
  tint?: { color: Rgb; alpha: number };
  text?: Rgb;
}

const BRIGHT: Rgb = [251, 191, 36];
const DARK: Rgb = [120, 53, 15];
const PALE: Rgb = [253, 230, 138];
const INK: Rgb = [28, 25, 23];

/** Every drawn look, by style and intensity (`none` draws nothing). */
export const DRAWN_LOOKS: Record<Exclude<MarkStyle, 'none'>, Record<MarkIntensity, DrawnLook>> = {
  underline: {
    soft: { underline: { line: 'dotted', widthPx: 2, color: BRIGHT }, halo: DARK },
    medium: { underline: { line: 'solid', widthPx: 2, color: BRIGHT }, halo: DARK },
    strong: {
      underline: { line: 'solid', widthPx: 3, color: BRIGHT },
      halo: DARK,
      tint: { color: BRIGHT, alpha: 0.15 },
    },
  },
  tint: {
    soft: { tint: { color: BRIGHT, alpha: 0.18 } },
    medium: {
      tint: { color: BRIGHT, alpha: 0.24 },
      underline: { line: 'solid', widthPx: 1, color: BRIGHT },
    },
    strong: { tint: { color: PALE, alpha: 1 }, text: INK },
  },
};

/** The mark of the term whose card is open (or the keyboard's current term), in every style. */
export const ACTIVE_LOOK: DrawnLook = {
  tint: { color: PALE, alpha: 1 },
  text: INK,
  underline: { line: 'solid', widthPx: 2, color: DARK },
};

/** The suffix of a look's highlight name; null when the look draws nothing. */
export function lookSuffix({ markStyle, markIntensity }: MarkLook): string | null {
  return markStyle === 'none' ? null : `${markStyle}-${markIntensity}`;
}

const rgb = ([r, g, b]: Rgb, alpha = 1) => `rgb(${r} ${g} ${b}${alpha < 1 ? `/${alpha}` : ''})`;

function declarations(look: DrawnLook): string {
  const { underline, halo, tint, text } = look;
  return [
    underline &&
      `text-decoration:underline ${underline.line} ${rgb(underline.color)} ${underline.widthPx}px`,
    halo && `text-shadow:0 0 1px ${rgb(halo)}`,
    tint && `background-color:${rgb(tint.color, tint.alpha)}`,
    text && `color:${rgb(text)}`,
  ]
    .filter(Boolean)
    .join(';');
}

/**
 * The elements the mark rules are written on. A `::highlight()` rule written for
 * every element makes Chromium compute and keep a highlight style for each
 * element of the page, marked or not: 7.6 MB of native memory on a page of 1 M
 * characters, 35 MB on 5 M. Chromium's highlight styles inherit from the parent
 * element's (shadow trees included), so there one rule on the root reaches every
 * element for the cost of a few. Firefox (153) does not inherit them: each
 * element must match the rule itself.
 */
export type MarkRulesOn = 'root' | 'every element';

/**
 * The stylesheet of every look, for highlights named `${name}-${suffix}` and the
 * active one `${name}-active`. In forced colors the browser draws highlights in
 * system colours; the active mark takes the `Mark` pair so it still stands out.
 */
export function markLooksCss(name: string, on: MarkRulesOn): string {
  const scope = on === 'root' ? ':root' : '';
  const rules = Object.entries(DRAWN_LOOKS).flatMap(([style, byIntensity]) =>
    Object.entries(byIntensity).map(
      ([intensity, look]) =>
        `${scope}::highlight(${name}-${style}-${intensity}){${declarations(look)}}`,
    ),
  );
  const active = `${scope}::highlight(${name}-active)`;
  return (
    rules.join('') +
    `${active}{${declarations(ACTIVE_LOOK)}}` +
    `@media(forced-colors:active){${active}{background-color:Mark;color:MarkText}}`
  );
}

/**
 * The suffix of every drawn look, in one order. Marked pure so that a bundle
 * which does not use it (content-lens.js) drops it, and the looks table with it.
 */
export const DRAWN_SUFFIXES: readonly string[] = /* @__PURE__ */ Object.entries(
  DRAWN_LOOKS,
).flatMap(([style, byIntensity]) =>
  Object.keys(byIntensity).map((intensity) => `${style}-${intensity}`),
);
