import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../lib/i18n';
import {
  MARK_INTENSITIES,
  MARK_STYLES,
  type MarkIntensity,
  type MarkStyle,
} from '../../lib/page/mark-looks';
import type { Pack } from '../../lib/pack/types';
import {
  CARD_TEXT_SIZES,
  THEMES,
  type CardTextSize,
  type Theme,
  type Settings,
} from '../../lib/settings/settings';
import { LensSample, type StartSampleLens } from '../shared/LensSample';
import { Choice } from './Choice';

const MARK_STYLE_LABELS = {
  underline: 'markStyleUnderline',
  tint: 'markStyleTint',
  none: 'markStyleNone',
} as const satisfies Record<MarkStyle, MessageKey>;

const MARK_INTENSITY_LABELS = {
  soft: 'markIntensitySoft',
  medium: 'markIntensityMedium',
  strong: 'markIntensityStrong',
} as const satisfies Record<MarkIntensity, MessageKey>;

const THEME_LABELS = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
} as const satisfies Record<Theme, MessageKey>;

const CARD_TEXT_SIZE_LABELS = {
  small: 'cardTextSmall',
  medium: 'cardTextMedium',
  large: 'cardTextLarge',
  larger: 'cardTextLarger',
} as const satisfies Record<CardTextSize, MessageKey>;

/**
 * How marks and the card look, with a paragraph of the interview under the
 * lens that shows each change as it is saved.
 */
export function Appearance({
  settings,
  save,
  children,
  pack,
  startLens,
}: {
  settings: Settings;
  save: (change: Partial<Settings>) => void;
  /** Shown at the end of the section (the page's "Saved" note). */
  children?: ComponentChildren;
  pack: Pack;
  startLens: StartSampleLens;
}) {
  return (
    <fieldset class="appearance">
      <legend>{t('settingsAppearance')}</legend>
      <fieldset class="choices">
        <legend>{t('settingsMarkStyle')}</legend>
        {MARK_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="markStyle"
              value={style}
              checked={settings.markStyle === style}
              onChange={() => save({ markStyle: style })}
            />{' '}
            {t(MARK_STYLE_LABELS[style])}
          </label>
        ))}
      </fieldset>
      <Choice
        name="markIntensity"
        label={t('settingsMarkIntensity')}
        value={settings.markIntensity}
        options={MARK_INTENSITIES}
        labels={MARK_INTENSITY_LABELS}
        disabled={settings.markStyle === 'none'}
        onChange={(markIntensity) => save({ markIntensity })}
      />
      <Choice
        name="theme"
        label={t('settingsTheme')}
        value={settings.theme}
        options={THEMES}
        labels={THEME_LABELS}
        onChange={(theme) => save({ theme })}
      />
      <Choice
        name="cardTextSize"
        label={t('settingsCardTextSize')}
        value={settings.cardTextSize}
        options={CARD_TEXT_SIZES}
        labels={CARD_TEXT_SIZE_LABELS}
        onChange={(cardTextSize) => save({ cardTextSize })}
      />
      <section class="preview" aria-labelledby="appearance-preview">
        <h3 id="appearance-preview">{t('settingsPreview')}</h3>
        <LensSample pack={pack} startLens={startLens} />
      </section>
      {children}
    </fieldset>
  );
}
