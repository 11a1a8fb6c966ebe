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

/** The colours of the card and the extension's pages: the browser's scheme, or always light or dark. */
export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

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
  theme: Theme;
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
  theme: 'auto',
  cardTextSize: 'medium',
});

const MAX_HOVER_DELAY_MS = 5000;
/** Keeps a pasted list from filling the sync quota. */
const MAX_SITES = 500;
const SITE_MODES: readonly SiteMode[] = ['everywhere', 'listed'];

/**
 * What a page's lens reads of the settings: all but the site rules and the
 * badge, which the background applies. (Reading the site rules would ship
 * their pattern parser in the script every page with Chinese loads.)
 */
export type LensSettings = Omit<Settings, 'showBadge' | 'siteMode' | 'offSites' | 'onlySites'>;

type RawSettings = Record<string, unknown>;

const asRecord = (raw: unknown): RawSettings =>
  (typeof raw === 'object' && raw !== null ? raw : {}) as RawSettings;

/** A stored flag, or the fallback's. */
const flagOf = (
  value: RawSettings,
  fallback: Readonly<Settings>,
  field: 'enabled' | 'markNational' | 'showBadge',
): boolean => {
  const given = value[field];
  return typeof given === 'boolean' ? given : fallback[field];
};

/**
 * Reads settings defensively: a corrupt or foreign value falls back field by
 * field, so one bad field never loses the others. The fallback is the default,
 * or, when merging a synced value into the settings in use, those settings.
 */
export function sanitizeSettings(
  raw: unknown,
  fallback: Readonly<Settings> = DEFAULT_SETTINGS,
): Settings {
  const value = asRecord(raw);
  return {
    ...sanitizeLensSettings(value, fallback),
    showBadge: flagOf(value, fallback, 'showBadge'),
    siteMode: oneOf(SITE_MODES, value.siteMode, fallback.siteMode),
    offSites: Array.isArray(value.offSites) ? sitePatterns(value.offSites) : [...fallback.offSites],
    onlySites: Array.isArray(value.onlySites)
      ? sitePatterns(value.onlySites)
      : [...fallback.onlySites],
  };
}

/** The lens's part of `sanitizeSettings`. */
export function sanitizeLensSettings(
  raw: unknown,
  fallback: Readonly<Settings> = DEFAULT_SETTINGS,
): LensSettings {
  const value = asRecord(raw);
  const delay = value.hoverDelayMs;
  return {
    enabled: flagOf(value, fallback, 'enabled'),
    markNational: flagOf(value, fallback, 'markNational'),
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(MAX_HOVER_DELAY_MS, Math.max(0, Math.round(delay)))
        : fallback.hoverDelayMs,
    holdKey: oneOf(HOLD_KEYS, value.holdKey, fallback.holdKey),
    disabledTerms: Array.isArray(value.disabledTerms)
      ? uniqueStrings(value.disabledTerms)
      : [...fallback.disabledTerms],
    markStyle: oneOf(MARK_STYLES, value.markStyle, fallback.markStyle),
    markIntensity: oneOf(MARK_INTENSITIES, value.markIntensity, fallback.markIntensity),
    theme: oneOf(THEMES, value.theme, fallback.theme),
    cardTextSize: oneOf(CARD_TEXT_SIZES, value.cardTextSize, fallback.cardTextSize),
  };
}

/**
 * The settings with a change applied. An explicit `undefined` in the change
 * means "no change", not "back to the default".
 */
export function withChange(settings: Settings, change: Partial<Settings>): Settings {
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  return sanitizeSettings({ ...settings, ...defined });
}

/** The value when it is one of the choices, else the fallback. */
function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

function uniqueStrings(raw: readonly unknown[]): string[] {
  return [...new Set(raw.filter((item): item is string => typeof item === 'string'))];
}

/** Patterns in their stored form; one that names no site is dropped, the rest kept. */
function sitePatterns(raw: readonly unknown[]): string[] {
  const normalized = uniqueStrings(raw).map(normalizeSitePattern);
  return [...new Set(normalized.filter((p): p is string => p !== null))].slice(0, MAX_SITES);
}
