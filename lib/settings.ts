import { browser } from 'wxt/browser';

/** What a reader can change; every field has a safe default. */
export interface Settings {
  /** Mark terms on pages at all. */
  enabled: boolean;
  /** Mark `national` slogans (distinctive terms always mark; generic ones follow the page's topic). */
  markNational: boolean;
  /** How long the pointer rests on a term before its card opens. */
  hoverDelayMs: number;
  /** Terms switched off, as `packId:termId`. */
  disabledTerms: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  markNational: true,
  hoverDelayMs: 300,
  disabledTerms: [],
});

const MAX_HOVER_DELAY_MS = 5000;

/**
 * Reads stored settings defensively: a corrupt or foreign value falls back to the
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
    disabledTerms: Array.isArray(value.disabledTerms)
      ? [...new Set(value.disabledTerms.filter((t): t is string => typeof t === 'string'))]
      : [],
  };
}

// Plain storage calls rather than WXT's storage wrapper: this module ships in
// the content script, which every page loads, and each kilobyte counts there.
export const SETTINGS_KEY = 'settings';

/** Loads settings, repairing whatever is stored. */
export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Saves a change to some settings, keeping the others. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  // An explicit `undefined` means "no change", not "back to the default".
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  const next = sanitizeSettings({ ...(await loadSettings()), ...defined });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with sanitized settings whenever they change. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(sanitizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
