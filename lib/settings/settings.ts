import {
  MARK_INTENSITIES,
  MARK_STYLES,
  type MarkIntensity,
  type MarkStyle,
} from '../page/mark-looks';
import { normalizeSitePattern } from '../sites/site-pattern';

/** Where the lens runs: everywhere but the sites switched off, or only on the sites listed. */
export type SiteMode = 'everywhere' | 'listed';

/** The modifier key that must be held for a card to open on hover; `none` opens it on rest alone. */
export type HoldKey = 'none' | 'alt' | 'ctrl' | 'shift';
export const HOLD_KEYS: readonly HoldKey[] = ['none', 'alt', 'ctrl', 'shift'];

/** The card's colours: the browser's scheme, or always light or dark. */
export type CardTheme = 'auto' | 'light' | 'dark';
export const CARD_THEMES: readonly CardTheme[] = ['auto', 'light', 'dark'];

/** The card's text size, as a scale of its own px sizes. */
export type CardTextSize = 'small' | 'medium' | 'large' | 'larger';
export const CARD_TEXT_SIZES: readonly CardTextSize[] = ['small', 'medium', 'large', 'larger'];

/** What a reader can change; every field has a safe default. */
export interface Settings {
  /** Mark terms on pages at all. */
  enabled: boolean;
  /** Mark `national` slogans (distinctive terms always mark; generic ones follow the page's topic). */
  markNational: boolean;
  /** How long the pointer rests on a term before its card opens. */
  hoverDelayMs: number;
  /** Open cards on hover only while this key is held (the keyboard path ignores it). */
  holdKey: HoldKey;
  /** Terms switched off, as `packId:termId`. */
  disabledTerms: string[];
  /** Show on the toolbar button how many distinct terms the tab's page holds. */
  showBadge: boolean;
  /** Which of the two site lists decides where the lens runs. */
  siteMode: SiteMode;
  /** Site patterns (see `lib/sites/site-pattern.ts`) where the lens stays off in `everywhere` mode. */
  offSites: string[];
  /** Site patterns where the lens runs in `listed` mode. */
  onlySites: string[];
  markStyle: MarkStyle;
  markIntensity: MarkIntensity;
  cardTheme: CardTheme;
  cardTextSize: CardTextSize;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  markNational: true,
  hoverDelayMs: 300,
  holdKey: 'none',
  disabledTerms: [],
  showBadge: true,
  siteMode: 'everywhere',
  offSites: [],
  onlySites: [],
  markStyle: 'underline',
  markIntensity: 'medium',
  cardTheme: 'auto',
  cardTextSize: 'medium',
});

const MAX_HOVER_DELAY_MS = 5000;
/** Keeps a pasted list from filling the sync quota. */
const MAX_SITES = 500;
const SITE_MODES: readonly SiteMode[] = ['everywhere', 'listed'];

/**
 * Reads settings defensively: a corrupt or foreign value falls back to the
 * default field by field, so one bad field never loses the others.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const delay = value.hoverDelayMs;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    markNational:
      typeof value.markNational === 'boolean' ? value.markNational : DEFAULT_SETTINGS.markNational,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(MAX_HOVER_DELAY_MS, Math.max(0, Math.round(delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
    holdKey: oneOf(HOLD_KEYS, value.holdKey, DEFAULT_SETTINGS.holdKey),
    disabledTerms: uniqueStrings(value.disabledTerms),
    showBadge: typeof value.showBadge === 'boolean' ? value.showBadge : DEFAULT_SETTINGS.showBadge,
    siteMode: oneOf(SITE_MODES, value.siteMode, DEFAULT_SETTINGS.siteMode),
    offSites: sitePatterns(value.offSites),
    onlySites: sitePatterns(value.onlySites),
    markStyle: oneOf(MARK_STYLES, value.markStyle, DEFAULT_SETTINGS.markStyle),
    markIntensity: oneOf(MARK_INTENSITIES, value.markIntensity, DEFAULT_SETTINGS.markIntensity),
    cardTheme: oneOf(CARD_THEMES, value.cardTheme, DEFAULT_SETTINGS.cardTheme),
    cardTextSize: oneOf(CARD_TEXT_SIZES, value.cardTextSize, DEFAULT_SETTINGS.cardTextSize),
  };
}

/** The value when it is one of the choices, else the fallback. */
function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

function uniqueStrings(raw: unknown): string[] {
  return Array.isArray(raw)
    ? [...new Set(raw.filter((item): item is string => typeof item === 'string'))]
    : [];
}

/** Patterns in their stored form; one that names no site is dropped, the rest kept. */
function sitePatterns(raw: unknown): string[] {
  const normalized = uniqueStrings(raw).map(normalizeSitePattern);
  return [...new Set(normalized.filter((p): p is string => p !== null))].slice(0, MAX_SITES);
}
