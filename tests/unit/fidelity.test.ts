import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { endsParagraph } from '../../lib/interview/paragraph-end';
import { parseInterview } from '../../lib/interview/parse-interview';
import type { QaEntry } from '../../lib/pack/types';

// Paths from this file's folder: happy-dom's URL global is not one node:url accepts.
const sourcePath = join(import.meta.dirname, '../../data/packs/ningbo-2022/source.txt');
const seedPath = join(import.meta.dirname, '../../../shared/seed/ningbo-interview-2022.txt');
const source = readFileSync(sourcePath, 'utf8');
const entries = parseInterview(source);

/** Rebuilds the source's wording from parsed entries, captions where they stood. */
function reconstruct(parsed: readonly QaEntry[]): string {
  return parsed
    .map((entry) => {
      const captionsAfter = (n: number): string[] =>
        entry.captions.filter((c) => c.afterParagraph === n).map((c) => c.text);
      const answer = entry.paragraphs.flatMap((p, i) => [
        i === 0 ? `答:${p.text}` : p.text,
        ...captionsAfter(p.n),
      ]);
      return [String(entry.number), `问:${entry.question}`, ...captionsAfter(0), ...answer].join(
        '\n',
      );
    })
    .join('\n');
}

const FULL_TO_HALF: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '？': '?',
  '！': '!',
};

/** What the comparison ignores: whitespace, and the width of the marks the parser restores. */
const normalize = (text: string): string =>
  text.replace(/\s+/g, '').replace(/[，：；？！]/g, (mark) => FULL_TO_HALF[mark] ?? mark);

const entry = (n: number): QaEntry => {
  const found = entries.find((e) => e.number === n);
  if (!found) throw new Error(`no entry ${n}`);
  return found;
};
const paragraph = (n: number, p: number): string => entry(n).paragraphs[p - 1]?.text ?? '';

describe('fidelity to the Ningbo seed', () => {
  it('keeps the pack source byte-identical to the shared seed', () => {
    if (!existsSync(seedPath)) {
      expect(existsSync(sourcePath)).toBe(true);
      return;
    }
    expect(readFileSync(sourcePath).equals(readFileSync(seedPath))).toBe(true);
  });

  it('loses nothing and adds nothing: the entries rebuild the seed', () => {
    expect(normalize(reconstruct(entries))).toBe(normalize(source));
  });

  it('would notice a lost or an added character', () => {
    const dropped = structuredClone(entries);
    dropped[2]!.paragraphs[2]!.text = dropped[2]!.paragraphs[2]!.text.replace('的目标', '的标');
    expect(normalize(reconstruct(dropped))).not.toBe(normalize(source));
    const moved = structuredClone(entries);
    moved[1]!.captions[0]!.afterParagraph = 2;
    expect(normalize(reconstruct(moved))).not.toBe(normalize(source));
  });

  it('numbers the entries 2 to 6, with paragraphIds qa-<n> and qa-<n>-p<k>', () => {
    expect(entries.map((e) => e.number)).toEqual([2, 3, 4, 5, 6]);
    for (const e of entries) {
      expect(e.id).toBe(`qa-${e.number}`);
      e.paragraphs.forEach((p, i) => {
        expect(p.n).toBe(i + 1);
        expect(p.id).toBe(`qa-${e.number}-p${i + 1}`);
      });
    }
    expect(entry(4).paragraphs[1]?.id).toBe('qa-4-p2');
    expect(entry(4).paragraphs[1]?.text.startsWith('围绕增强制造业硬核实力')).toBe(true);
  });

  it('joins the word split across a page break in Q4 ¶3', () => {
    expect(paragraph(4, 3)).toContain('“打造全球智造创新之都”的目标，坚持');
    expect(entry(4).paragraphs).toHaveLength(3);
  });

  it('joins the sentence split after “天一甬宁保” in Q5 ¶3', () => {
    expect(paragraph(5, 3)).toContain('“天一甬宁保”等特色普惠性商业保险产品');
    expect(entry(5).paragraphs).toHaveLength(4);
  });

  it('turns the photo credit in Q3 into a caption after its fifth paragraph', () => {
    expect(entry(3).captions).toEqual([{ text: '宁波港 毛永淮 摄', afterParagraph: 5 }]);
    expect(entry(3).paragraphs).toHaveLength(5);
    expect(entries.flatMap((e) => e.paragraphs).some((p) => p.text.includes('毛永淮'))).toBe(false);
    for (const n of [2, 4, 5, 6]) expect(entry(n).captions).toEqual([]);
  });

  it('keeps Q3 ¶1, which ends in a colon, apart from the list', () => {
    expect(paragraph(3, 1).endsWith('主要做了三方面工作：')).toBe(true);
    expect(paragraph(3, 2).startsWith('第一，加快建设世界一流强港。')).toBe(true);
  });

  it('gives Q6 seven paragraphs, its list of four kept apart', () => {
    expect(entry(6).paragraphs).toHaveLength(7);
    expect(paragraph(6, 3).endsWith('最关键的是四个方面：')).toBe(true);
    expect(
      entry(6)
        .paragraphs.slice(3)
        .map((p) => p.text[0]),
    ).toEqual(['一', '二', '三', '四']);
  });

  it('leaves no fragment and no half-width mark next to Chinese', () => {
    for (const e of entries) {
      for (const text of [e.question, ...e.paragraphs.map((p) => p.text)]) {
        expect(endsParagraph(text), text).toBe(true);
        expect(text).not.toMatch(/[\p{Script=Han}“”][,:;?!]|[,:;?!][\p{Script=Han}“”]/u);
      }
    }
    expect(paragraph(3, 3)).toContain('与220多个国家');
  });

  it('is what the bundled pack ships, with Traditional texts beside the source', () => {
    const shipped = bundledPacks[0]!.entries;
    expect(
      shipped.map(({ questionTraditional: _q, ...entry }) => ({
        ...entry,
        paragraphs: entry.paragraphs.map(({ traditional: _t, ...paragraph }) => paragraph),
      })),
    ).toEqual(entries);
    for (const entry of shipped)
      for (const paragraph of entry.paragraphs)
        expect(paragraph.traditional?.length, paragraph.id).toBe(paragraph.text.length);
  });
});
