import { useEffect } from 'preact/hooks';
import type { Pack, QaEntry } from '../lib/pack/types';
import { t } from '../lib/i18n';
import { readerTargetItem, sanitizeReaderTarget } from '../lib/reader/reader-target';
import { scrollToAnchor } from '../lib/reader/scroll-to-anchor';
import './reader.css';

/** One Q&A: the question set apart, the answer's paragraphs with anchors, captions in place. */
function Entry({ entry }: { entry: QaEntry }) {
  const captionsAfter = (n: number) =>
    entry.captions
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
      <h2 class="question" id={`${entry.id}-q`}>
        <span class="qno" aria-label={`${t('question')} ${entry.number}`}>
          Q{entry.number}
        </span>
        <span>{entry.question}</span>
      </h2>
      {captionsAfter(0)}
      {entry.paragraphs.map((p) => (
        <>
          <p class="paragraph" id={p.id} key={p.id}>
            <a class="anchor" href={`#${p.id}`} aria-label={`Q${entry.number} ¶${p.n}`}>
              ¶{p.n}
            </a>
            {p.text}
          </p>
          {captionsAfter(p.n)}
        </>
      ))}
    </article>
  );
}

/** The whole interview, in order, with a table of contents and deep links (#qa-4-p2). */
export function Reader({ packs }: { packs: readonly Pack[] }) {
  useEffect(() => {
    const jump = () => scrollToAnchor(decodeURIComponent(location.hash.slice(1)));
    const jumpToTarget = (value: unknown) => {
      const target = sanitizeReaderTarget(value);
      if (target) scrollToAnchor(target.anchor);
    };
    // A hash in the URL wins; otherwise go where the card or popup asked.
    if (!jump()) void readerTargetItem.getValue().then(jumpToTarget);
    window.addEventListener('hashchange', jump);
    const unwatch = readerTargetItem.watch(jumpToTarget);
    return () => {
      window.removeEventListener('hashchange', jump);
      unwatch();
    };
  }, []);
  return (
    <main class="page reader">
      {packs.map((pack) => (
        <section key={pack.id} aria-labelledby={`${pack.id}-title`}>
          <header>
            <h1 id={`${pack.id}-title`}>
              {pack.label} <span class="note">({t('packLabelNote')})</span>
            </h1>
          </header>
          <nav aria-label="目录 / Contents" class="toc">
            <ol>
              {pack.entries.map((e) => (
                <li key={e.id}>
                  <a href={`#${e.id}`}>
                    <span class="qno">Q{e.number}</span> {e.question}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          {pack.entries.map((e) => (
            <Entry entry={e} key={e.id} />
          ))}
        </section>
      ))}
    </main>
  );
}
