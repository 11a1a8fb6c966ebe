import { useState } from 'preact/hooks';
import type { Citation } from '../../lib/pack/citation';
import { QUESTION_PART } from '../../lib/pack/entry-parts';
import { copyCitation } from '../../lib/page/copy-text';
import type { QaEntry } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import type { Segment } from '../../lib/reader/segment-text';
import { TermText } from './TermText';
import { entryShows } from './useFilterMarks';

interface TermProps {
  termText: (termIndex: number) => string;
  isOnPage: (termIndex: number) => boolean;
  isSelected: (termIndex: number) => boolean;
}

/** Copies a paragraph with its citation and says so. */
function CopyButton({ citation }: { citation: () => Citation }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      class="copy"
      onClick={(event) =>
        void copyCitation(citation(), event.currentTarget.parentElement ?? document.body).then(
          setCopied,
        )
      }
    >
      {copied ? t('readerCopied') : t('readerCopy')}
    </button>
  );
}

/** One Q&A: the question set apart, the answer's paragraphs with paragraphIds, captions in place. */
export function ReaderEntry({
  entry,
  segmentsOf,
  visibleParagraphs,
  onSelectTerm,
  citation,
  ...termProps
}: TermProps & {
  entry: QaEntry;
  segmentsOf: (qa: number, part: number, text: string) => Segment[];
  visibleParagraphs: ReadonlyMap<string, string> | undefined;
  onSelectTerm: (termIndex: number, part: number, start: number) => void;
  citation: (part: number, text: string) => Citation;
}) {
  const shows = (paragraphId: string) => !visibleParagraphs || visibleParagraphs.has(paragraphId);
  const paragraphs = entry.paragraphs.filter((p) => shows(p.id));
  if (!entryShows(entry, visibleParagraphs)) return null;
  const captionsAfter = (n: number) =>
    visibleParagraphs
      ? null
      : entry.captions
          .filter((c) => c.afterParagraph === n)
          .map((c) => (
            <figure class="caption" key={c.text}>
              <figcaption>
                <span class="visually-hidden">{t('caption')}: </span>
                {c.text}
              </figcaption>
            </figure>
          ));
  return (
    <article class="entry" id={entry.id} aria-labelledby={`${entry.id}-q`}>
      <h2 class="question" id={`${entry.id}-q`} lang="zh">
        <span class="qno">
          <span class="visually-hidden">{t('question')} </span>Q{entry.number}
        </span>
        <TermText
          {...termProps}
          segments={segmentsOf(entry.number, QUESTION_PART, entry.question)}
          onSelect={(i, start) => onSelectTerm(i, QUESTION_PART, start)}
        />
      </h2>
      {captionsAfter(QUESTION_PART)}
      {paragraphs.map((p) => (
        <div class="paragraph-block" key={p.id}>
          <p class="paragraph" id={p.id} lang="zh">
            <a
              class="anchor"
              href={`#${p.id}`}
              aria-label={t('readerParagraphLink', [entry.number, p.n])}
            >
              ¶{p.n}
            </a>
            <TermText
              {...termProps}
              segments={segmentsOf(entry.number, p.n, p.text)}
              onSelect={(i, start) => onSelectTerm(i, p.n, start)}
            />
          </p>
          <CopyButton citation={() => citation(p.n, p.text)} />
          {captionsAfter(p.n)}
        </div>
      ))}
    </article>
  );
}
