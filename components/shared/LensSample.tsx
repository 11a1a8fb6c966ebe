import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { sampleParagraph } from '../../lib/pack/sample-paragraph';
import type { Pack } from '../../lib/pack/types';

/** Mounts the lens on an element of this page; resolves to the function that removes it. */
export type StartSampleLens = (root: HTMLElement) => Promise<() => void>;

/**
 * A paragraph of the interview with the lens running on it, as it runs on web
 * pages: marks in the chosen look, and the card on hover. Content scripts do
 * not run on the extension's own pages, so the page starts the lens itself.
 */
export function LensSample({ pack, startLens }: { pack: Pack; startLens: StartSampleLens }) {
  const root = useRef<HTMLParagraphElement>(null);
  const sample = sampleParagraph(pack);
  useEffect(() => {
    if (!root.current) return;
    let stopped = false;
    let stop: (() => void) | undefined;
    void startLens(root.current).then((stopLens) => {
      if (stopped) stopLens();
      else stop = stopLens;
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [startLens]);
  if (!sample) return <p class="muted">{t('sampleUnavailable')}</p>;
  return (
    <p ref={root} class="lens-sample" lang="zh">
      {sample.text}
    </p>
  );
}
