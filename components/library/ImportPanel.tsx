import { useMemo, useState } from 'preact/hooks';
import type { TermSpec } from '../../lib/catalog/catalog-spec';
import { t } from '../../lib/i18n';
import { InterviewParseError } from '../../lib/interview/parse-interview';
import { draftPackFromText, freshPackId } from '../../lib/library/draft-pack';
import { buildImportedPack, packFingerprint } from '../../lib/library/import-pack';
import {
  PACK_LIMITS,
  PackFileError,
  readPackFile,
  type PackFile,
} from '../../lib/library/pack-file';
import {
  listLibrary,
  loadPackFile,
  savePack,
  type LibraryEntry,
} from '../../lib/library/pack-store';
import { TERM_TIERS, type TermTier } from '../../lib/pack/types';
import { tierName } from '../shared/TierLabel';
import type { ImportToolsLoader, LoadedImportTools } from './import-tools';

/** Largest file the import reads, in bytes: a pack at its character limit fits with room to spare. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface Review {
  file: PackFile;
  tools: LoadedImportTools;
  /** Term ids the user unticked. */
  dropped: Set<string>;
}

/** Turns what reading or checking threw into a sentence for the reader. */
function explain(error: unknown): string {
  if (error instanceof InterviewParseError)
    return t('importErrorLine', [error.line, error.message]);
  if (error instanceof PackFileError) return t('importErrorField', [error.message]);
  if (error instanceof SyntaxError) return t('importErrorJson', [error.message]);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The tools without edge tables, for the preview: those decide only at a
 * page's word edges and cost most of a build, so the preview's counts and
 * rules come quickly (the saved pack is built in full).
 */
const quickTools = (tools: LoadedImportTools): LoadedImportTools => ({
  ...tools,
  boundaries: { ...tools.boundaries, edgeTable: () => ({ before: '', after: '' }) },
});

const words = (text: string) =>
  text
    .split(/[,，、\s]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');

/**
 * Adding an interview: paste or pick its text (or an exported pack), check what
 * was read and the proposed terms, then save. Nothing is stored until Save, and
 * a refused import leaves the library as it was.
 */
export function ImportPanel({
  loadTools,
  takenIds,
}: {
  loadTools: ImportToolsLoader;
  takenIds: ReadonlySet<string>;
}) {
  const [meta, setMeta] = useState({ title: '', source: '', url: '', date: '' });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [review, setReview] = useState<Review | null>(null);
  const [duplicate, setDuplicate] = useState<LibraryEntry | null>(null);
  const [newTerm, setNewTerm] = useState('');

  const fail = (e: unknown) => {
    setError(explain(e));
    setBusy(false);
  };

  const readFile = async (picked: File) => {
    if (picked.size > MAX_FILE_BYTES)
      throw new Error(
        t('importErrorTooLarge', [(picked.size / 1048576).toFixed(1), MAX_FILE_BYTES / 1048576]),
      );
    const content = await picked.text();
    if (picked.name.endsWith('.json') || content.trimStart().startsWith('{'))
      return { json: readPackFile(JSON.parse(content)) };
    return { text: content };
  };

  const read = async (picked?: File) => {
    setError('');
    setProblems([]);
    setStatus('');
    setBusy(true);
    try {
      const source = picked ? await readFile(picked) : { text };
      const tools = await loadTools();
      let file: PackFile;
      if ('json' in source && source.json) {
        file = source.json;
        setMeta({
          title: file.meta.title,
          source: file.meta.source,
          url: file.meta.url ?? '',
          date: file.meta.date ?? '',
        });
      } else {
        const body = source.text ?? '';
        if (body.trim() === '') throw new Error(t('importErrorEmpty'));
        if (body.length > PACK_LIMITS.characters)
          throw new Error(t('importErrorTooLong', [body.length, PACK_LIMITS.characters]));
        file = draftPackFromText({
          text: body,
          meta: { title: meta.title.trim() || t('importTitle'), source: meta.source.trim() },
          id: freshPackId(takenIds),
          lexicon: tools.lexicon,
          placeNames: tools.placeNames,
        }).file;
      }
      // Proposals that the lens would never mark (they occur only inside a longer
      // term or a word) start unticked, so saving is not refused for them.
      const quick = buildImportedPack(file, quickTools(tools));
      const dropped = new Set(
        quick.pack.terms.filter((term) => term.occurrences.length === 0).map((term) => term.id),
      );
      setReview({ file, tools, dropped });
    } catch (e) {
      fail(e);
      return;
    }
    setBusy(false);
  };

  /** The file as the user has edited it: metadata from the form, unticked terms left out. */
  const edited = (r: Review): PackFile => ({
    ...r.file,
    meta: {
      title: meta.title.trim(),
      source: meta.source.trim(),
      ...(meta.url.trim() ? { url: meta.url.trim() } : {}),
      ...(meta.date.trim() ? { date: meta.date.trim() } : {}),
    },
    catalog: {
      ...r.file.catalog,
      terms: r.file.catalog.terms.filter((term) => !r.dropped.has(term.id)),
    },
  });

  // How each term would mark and how often it occurs, from a quick build
  // without edge tables (those only decide at page level, and cost most).
  const preview = useMemo(() => {
    if (!review) return undefined;
    const quick = buildImportedPack(review.file, quickTools(review.tools));
    return new Map(
      quick.matchIndex.terms.map((term, i) => [
        term.id,
        {
          anywhere: term.forms.some((form) => !form.needsEvidence),
          count: quick.pack.terms[i]?.occurrences.length ?? 0,
        },
      ]),
    );
  }, [review?.file]);

  const updateTerms = (change: (terms: TermSpec[]) => TermSpec[]) =>
    review &&
    setReview({
      ...review,
      file: {
        ...review.file,
        catalog: { ...review.file.catalog, terms: change(review.file.catalog.terms) },
      },
    });
  const setTier = (id: string, tier: TermTier) =>
    updateTerms((terms) => terms.map((term) => (term.id === id ? { ...term, tier } : term)));
  const addTerm = () => {
    const text = newTerm.trim();
    if (!review || text === '' || text.length > PACK_LIMITS.term) return;
    const ids = new Set(review.file.catalog.terms.map((term) => term.id));
    let n = ids.size + 1;
    while (ids.has(`term-${n}`)) n++;
    updateTerms((terms) => [...terms, { id: `term-${n}`, text, tier: 'distinctive' }]);
    setNewTerm('');
  };
  const setSubjects = (kind: 'place' | 'region', value: string) =>
    review &&
    setReview({
      ...review,
      file: {
        ...review.file,
        catalog: {
          ...review.file.catalog,
          subjects: { ...review.file.catalog.subjects, [kind]: words(value) },
        },
      },
    });

  /** Builds the edited pack in full and saves it, unless it repeats one already there. */
  const save = async (asNew: boolean, replacing?: LibraryEntry) => {
    if (!review) return;
    setError('');
    setProblems([]);
    if (meta.title.trim() === '') return setError(t('importErrorName'));
    if (review.file.catalog.terms.every((term) => review.dropped.has(term.id)))
      return setError(t('importErrorTerms'));
    setBusy(true);
    try {
      let file = readPackFile(edited(review));
      const library = await listLibrary();
      if (!replacing && !asNew) {
        const fingerprint = packFingerprint(file);
        for (const entry of library) {
          const stored = await loadPackFile(entry.id);
          if (stored && packFingerprint(stored) === fingerprint) {
            setDuplicate(entry);
            setBusy(false);
            return;
          }
        }
      }
      const taken = new Set([...takenIds, ...library.map((e) => e.id)]);
      if (replacing) file = { ...file, id: replacing.id };
      else if (taken.has(file.id)) file = { ...file, id: freshPackId(taken) };
      const build = buildImportedPack(file, review.tools);
      if (build.problems.length > 0) {
        setProblems(build.problems);
        setBusy(false);
        return;
      }
      await savePack({ file, pack: build.pack, matchIndex: build.matchIndex });
      setStatus(t('importSaved', [file.meta.title]));
      setReview(null);
      setDuplicate(null);
      setText('');
    } catch (e) {
      fail(e);
      return;
    }
    setBusy(false);
  };

  return (
    <section class="import" aria-labelledby="import-title">
      <h3 id="import-title">{t('importTitle')}</h3>
      <p class="muted">{t('importHint')}</p>
      <div class="import-meta">
        {(['title', 'source', 'url', 'date'] as const).map((field) => (
          <label key={field}>
            {t(
              field === 'title'
                ? 'importName'
                : field === 'source'
                  ? 'importSource'
                  : field === 'url'
                    ? 'importUrl'
                    : 'importDate',
            )}
            <input
              name={`import-${field}`}
              type={field === 'url' ? 'url' : 'text'}
              required={field === 'title'}
              maxLength={field === 'url' ? PACK_LIMITS.url : PACK_LIMITS.metaField}
              value={meta[field]}
              onInput={(e) => setMeta({ ...meta, [field]: e.currentTarget.value })}
            />
          </label>
        ))}
      </div>
      {!review && (
        <>
          <label class="import-text">
            {t('importText')}
            <textarea
              name="import-text"
              rows={8}
              lang="zh"
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </label>
          <p>
            <button type="button" disabled={busy} onClick={() => void read()}>
              {busy ? t('importReading') : t('importRead')}
            </button>{' '}
            <label>
              {t('importFile')}{' '}
              <input
                type="file"
                name="import-file"
                accept=".txt,.json,text/plain,application/json"
                onChange={(e) => {
                  const picked = e.currentTarget.files?.[0];
                  if (picked) void read(picked);
                  e.currentTarget.value = '';
                }}
              />
            </label>
          </p>
        </>
      )}
      {review && preview && (
        <div class="import-preview">
          <h4>{t('importPreview')}</h4>
          <p>{t('importFound', [review.file.entries.length])}</p>
          <ol class="import-questions" lang="zh">
            {review.file.entries.slice(0, 5).map((entry) => (
              <li key={entry.id}>{entry.question}</li>
            ))}
          </ol>
          <table class="import-terms">
            <thead>
              <tr>
                <th scope="col">{t('importKeep')}</th>
                <th scope="col">{t('importTerm')}</th>
                <th scope="col">{t('importTier')}</th>
                <th scope="col">{t('importCount')}</th>
                <th scope="col">{t('importRule')}</th>
              </tr>
            </thead>
            <tbody>
              {review.file.catalog.terms.map((term) => {
                const seen = preview.get(term.id);
                return (
                  <tr key={term.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${t('importKeep')} ${term.text}`}
                        checked={!review.dropped.has(term.id)}
                        onChange={(e) => {
                          const dropped = new Set(review.dropped);
                          if (e.currentTarget.checked) dropped.delete(term.id);
                          else dropped.add(term.id);
                          setReview({ ...review, dropped });
                        }}
                      />
                    </td>
                    <td lang="zh">{term.text}</td>
                    <td>
                      <select
                        aria-label={`${t('importTier')} ${term.text}`}
                        value={term.tier}
                        onChange={(e) => {
                          const picked = e.currentTarget.value;
                          const tier = TERM_TIERS.find((known) => known === picked);
                          if (tier) setTier(term.id, tier);
                        }}
                      >
                        {TERM_TIERS.map((tier) => (
                          <option key={tier} value={tier}>
                            {tierName(tier)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{seen?.count ?? 0}</td>
                    <td>{seen?.anywhere ? t('importRuleAnywhere') : t('importRuleEvidence')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p>
            <label>
              {t('importAddTerm')}{' '}
              <input
                name="import-new-term"
                lang="zh"
                maxLength={PACK_LIMITS.term}
                value={newTerm}
                onInput={(e) => setNewTerm(e.currentTarget.value)}
              />
            </label>{' '}
            <button type="button" onClick={addTerm}>
              {t('importAdd')}
            </button>
          </p>
          <p class="import-subjects">
            <label>
              {t('importPlace')}
              <input
                name="import-place"
                lang="zh"
                value={review.file.catalog.subjects.place.join('，')}
                onChange={(e) => setSubjects('place', e.currentTarget.value)}
              />
            </label>
            <label>
              {t('importRegion')}
              <input
                name="import-region"
                lang="zh"
                value={review.file.catalog.subjects.region.join('，')}
                onChange={(e) => setSubjects('region', e.currentTarget.value)}
              />
            </label>
          </p>
          {duplicate ? (
            <p role="alert">
              {t('importDuplicate', [duplicate.title])}{' '}
              <button type="button" onClick={() => void save(false, duplicate)}>
                {t('importReplace')}
              </button>{' '}
              <button type="button" onClick={() => void save(true)}>
                {t('importKeepBoth')}
              </button>{' '}
              <button type="button" onClick={() => setDuplicate(null)}>
                {t('importCancel')}
              </button>
            </p>
          ) : (
            <p>
              <button type="button" disabled={busy} onClick={() => void save(false)}>
                {t('importSave')}
              </button>{' '}
              <button type="button" onClick={() => setReview(null)}>
                {t('importCancel')}
              </button>
            </p>
          )}
        </div>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" class="error">
          <p>{t('importProblems')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
