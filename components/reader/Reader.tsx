import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { citePassage } from '../../lib/pack/citation';
import { buildTermCard } from '../../lib/pack/term-card';
import { termKey } from '../../lib/pack/term-key';
import type { Pack } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import { aboutPack } from '../../lib/pack/about-pack';
import { occurrencesByPart } from '../../lib/reader/paragraph-occurrences';
import { parseReaderAddress } from '../../lib/reader/reader-address';
import { readerTargetItem, sanitizeReaderTarget } from '../../lib/reader/reader-target';
import { scrollToParagraph } from '../../lib/reader/scroll-to-paragraph';
import { segmentText } from '../../lib/reader/segment-text';
import { useTabTerms } from '../hooks/useTabTerms';
import { useTargetTab } from '../hooks/useTargetTab';
import { ReaderEntry } from './ReaderEntry';
import { TermPlaces } from './TermPlaces';
import { entryShows, useFilterMarks } from './useFilterMarks';
import './reader.css';

/** The address a URL hash names; a malformed escape names none (it must not stop the reader). */
function addressFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** How long after being asked for a target still applies when the panel loads. */
const FRESH_TARGET_MS = 10_000;

/** The term whose places are listed, and which place is current. */
interface Selection {
  packId: string;
  termIndex: number;
  placeIndex: number;
}

/**
 * The whole interview beside the page: contents, every term linked to its
 * places, terms the current tab mentions marked, deep links (#qa-4-p2) and a
 * filter. Follows the active tab, or `?tabId=N`.
 */
export function Reader({
  packs,
  filterSlot,
  visibleParagraphs,
  onFilterRequest,
}: {
  packs: readonly Pack[];
  /** The filter box, rendered in the header (it lives in its own component). */
  filterSlot?: preact.ComponentChildren;
  /**
   * When filtering, the paragraphs (`qa-4-p2`, `qa-4` for a question) to show,
   * each with the text the filter matched there; all when undefined.
   */
  visibleParagraphs?: ReadonlyMap<string, string>;
  /** Asked to filter by some text (the context menu's selection). */
  onFilterRequest?: (query: string) => void;
}) {
  useFilterMarks(visibleParagraphs);
  const tabId = useTargetTab({ follow: true });
  const tabTerms = useTabTerms(tabId);
  const [selection, setSelection] = useState<Selection | null>(null);
  const parts = useMemo(() => new Map(packs.map((p) => [p.id, occurrencesByPart(p)])), [packs]);
  // One pack at a time: paragraph ids repeat from pack to pack.
  const [shownId, setShownId] = useState(packs[0]?.id);
  const shown = packs.find((pack) => pack.id === shownId) ?? packs[0];
  // The hash and target listeners outlive renders: they read the pack shown now from here.
  const shownNow = useRef(shown?.id);
  shownNow.current = shown?.id;
  /** A paragraph to scroll to once its pack is shown. */
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending && scrollToParagraph(pending)) setPending(null);
  }, [pending, shownId]);
  /** Goes to an address (`qa-4-p2` or `pack:qa-4-p2`); false when no pack has it. */
  const goTo = (address: string): boolean => {
    const { packId, paragraphId } = parseReaderAddress(address);
    const pack = packId === undefined ? packs[0] : packs.find((p) => p.id === packId);
    if (!pack || !paragraphId) return false;
    if (pack.id === shownNow.current) return scrollToParagraph(paragraphId);
    setShownId(pack.id);
    setSelection(null);
    setPending(paragraphId);
    return true;
  };

  // Anchored paragraphs scroll to just below the sticky header (and the places list).
  const head = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = head.current;
    if (!element) return;
    const update = () =>
      document.documentElement.style.setProperty('--head-height', `${element.offsetHeight}px`);
    // Now, before the first jump to a paragraph, then whenever the header changes.
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const jump = () => goTo(addressFromHash(location.hash));
    const jumpToTarget = (value: unknown) => {
      const target = sanitizeReaderTarget(value);
      if (target?.filter) onFilterRequest?.(target.filter);
      if (target?.address) goTo(target.address);
    };
    // A hash in the URL wins; otherwise go where the card, popup or menu just
    // asked. An old target is not replayed each time the panel opens.
    if (!jump())
      void readerTargetItem.getValue().then((value) => {
        const target = sanitizeReaderTarget(value);
        if (target && Date.now() - target.at < FRESH_TARGET_MS) jumpToTarget(target);
      });
    window.addEventListener('hashchange', jump);
    const unwatch = readerTargetItem.watch(jumpToTarget);
    return () => {
      window.removeEventListener('hashchange', jump);
      unwatch();
    };
  }, []);

  const selectedPack = selection && packs.find((p) => p.id === selection.packId);
  const selectedTerm = selectedPack?.terms[selection?.termIndex ?? -1];
  const card = selectedPack && selectedTerm && buildTermCard(selectedPack, selectedTerm.id);

  const goToPlace = (index: number) => {
    if (!selection || !card) return;
    setSelection({ ...selection, placeIndex: index });
    const place = card.places[index];
    if (place) scrollToParagraph(place.paragraphId, { focus: false });
  };

  return (
    <div class="reader">
      <a class="skip-link" href="#interview">
        {t('readerSkipToText')}
      </a>
      <header class="reader-head" ref={head}>
        {shown && (
          <h1>
            {packs.length > 1 ? (
              <select
                class="pack-switch"
                aria-label={t('readerPack')}
                value={shown.id}
                onChange={(e) => {
                  setShownId(e.currentTarget.value);
                  setSelection(null);
                  window.scrollTo(0, 0);
                }}
              >
                {packs.map((pack) => (
                  <option key={pack.id} value={pack.id}>
                    {pack.label}
                  </option>
                ))}
              </select>
            ) : (
              shown.label
            )}
          </h1>
        )}
        {shown && <p class="about">{aboutPack(shown, t)}</p>}
        {filterSlot}
        {tabTerms && Object.keys(tabTerms.counts).length > 0 && (
          <p class="legend">
            <span class="swatch" aria-hidden="true" /> {t('readerOnPageLegend')}
          </p>
        )}
      </header>
      {card && selection && (
        <TermPlaces
          card={card}
          placeIndex={Math.min(selection.placeIndex, card.places.length - 1)}
          onPlace={goToPlace}
          onClose={() => setSelection(null)}
        />
      )}
      <main class="page" id="interview" tabIndex={-1}>
        {(shown ? [shown] : []).map((pack) => {
          const byPart = parts.get(pack.id);
          const segmentsOf = (qa: number, part: number, text: string) =>
            segmentText({ text, occurrences: byPart?.get(`${qa}:${part}`) ?? [] });
          return (
            <section key={pack.id} aria-label={pack.label}>
              <nav class="toc" aria-label={t('readerContents')}>
                <details open>
                  <summary>{t('readerContents')}</summary>
                  <ol>
                    {pack.entries
                      .filter((e) => entryShows(e, visibleParagraphs))
                      .map((e) => (
                        <li key={e.id}>
                          <a href={`#${e.id}`}>
                            <span class="qno">Q{e.number}</span> {e.question}
                          </a>
                        </li>
                      ))}
                  </ol>
                </details>
              </nav>
              {pack.entries.map((entry) => (
                <ReaderEntry
                  key={entry.id}
                  entry={entry}
                  segmentsOf={segmentsOf}
                  visibleParagraphs={visibleParagraphs}
                  termText={(i) => pack.terms[i]?.text ?? ''}
                  isOnPage={(i) => {
                    const term = pack.terms[i];
                    return !!term && (tabTerms?.counts[termKey(pack.id, term.id)] ?? 0) > 0;
                  }}
                  isSelected={(i) => selection?.packId === pack.id && selection.termIndex === i}
                  onSelectTerm={(termIndex, part, start) => {
                    const term = pack.terms[termIndex];
                    const placeIndex = Math.max(
                      0,
                      term?.occurrences.findIndex(
                        (o) => o.qa === entry.number && o.part === part && o.start === start,
                      ) ?? 0,
                    );
                    setSelection({ packId: pack.id, termIndex, placeIndex });
                  }}
                  citation={(part, text) =>
                    citePassage({
                      passage: text,
                      source: { packLabel: pack.label, meta: pack.meta, qa: entry.number, part },
                      t,
                    })
                  }
                />
              ))}
            </section>
          );
        })}
      </main>
    </div>
  );
}
