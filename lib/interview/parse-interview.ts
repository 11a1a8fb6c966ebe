import type { Caption, QaEntry } from '../pack/types';
import { classifyLines, type Block, type BodyBlock, type ContentBlock } from './classify-lines';
import {
  binaryDataOffset,
  MAX_ENTRIES,
  MAX_INTERVIEW_CHARS,
  MAX_PARAGRAPH_CHARS,
} from './interview-limits';
import { endsParagraph, joinFragments } from './paragraph-end';
import { restoreFullWidthPunctuation } from './punctuation-width';

/** A source problem the parser cannot repair, with the 1-based line it was found on. */
export class InterviewParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'InterviewParseError';
  }
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The 1-based line that character `offset` of `source` sits on. */
function lineAt(source: string, offset: number): number {
  return source.slice(0, offset).split(/\r\n?|\n/).length;
}

/** Rejects text too long to be an interview, and bytes that were never text. */
function checkIsText(source: string): void {
  if (source.length > MAX_INTERVIEW_CHARS)
    throw new InterviewParseError(
      `the text is ${count(source.length)} characters long; the limit is ${count(MAX_INTERVIEW_CHARS)}`,
      lineAt(source, MAX_INTERVIEW_CHARS),
    );
  const binary = binaryDataOffset(source);
  if (binary !== -1)
    throw new InterviewParseError('this looks like binary data, not text', lineAt(source, binary));
}

/** The blocks of one entry: the block that opens it (its number, or its question) and the rest. */
interface EntryBlocks {
  start: Block;
  blocks: ContentBlock[];
}

/**
 * Splits the blocks into entries. With entry numbers anywhere, each number opens
 * an entry; without, each question does. What comes before the first entry is
 * the preamble (headline, byline, date, source).
 */
function groupEntries(blocks: readonly Block[]): {
  preamble: ContentBlock[];
  entries: EntryBlocks[];
} {
  const numbered = blocks.some((b) => b.kind === 'number');
  const preamble: ContentBlock[] = [];
  const entries: EntryBlocks[] = [];
  for (const block of blocks) {
    const opensEntry = block.kind === 'number' || (!numbered && block.kind === 'question');
    if (opensEntry) entries.push({ start: block, blocks: [] });
    else (entries.at(-1)?.blocks ?? preamble).push(block);
  }
  return { preamble, entries };
}

/** Headlines, bylines, dates and sources may precede the first entry; questions and answers may not. */
function checkPreamble(preamble: readonly ContentBlock[]): void {
  for (const block of preamble) {
    if (block.kind === 'answer')
      throw new InterviewParseError('an answer before the first question', block.line);
    if (block.kind === 'question')
      throw new InterviewParseError(
        'a question before the first numbered entry: number every entry, or none',
        block.line,
      );
  }
}

/** A question or answer paragraph being built, and the line it starts on. */
interface Part {
  text: string;
  line: number;
}

interface EntryDraft {
  number: number;
  line: number;
  question?: Part;
  paragraphs: Part[];
  captions: Caption[];
  /** Where the next body block goes, and whether it continues a broken fragment. */
  open: 'question' | 'answer' | undefined;
}

function openPart(draft: EntryDraft): Part | undefined {
  return draft.open === 'question' ? draft.question : draft.paragraphs.at(-1);
}

/** Checked as each part grows, so a text of endless fragments fails before joining gets slow. */
function checkLength(draft: EntryDraft, part: Part): void {
  if (part.text.length <= MAX_PARAGRAPH_CHARS) return;
  const what =
    draft.open === 'question'
      ? `the question of entry ${draft.number}`
      : `paragraph ${draft.paragraphs.length} of entry ${draft.number}`;
  throw new InterviewParseError(
    `${what} is longer than ${count(MAX_PARAGRAPH_CHARS)} characters`,
    part.line,
  );
}

function startPart(draft: EntryDraft, open: 'question' | 'answer', block: Part): void {
  const part = { text: block.text, line: block.line };
  if (open === 'question') draft.question = part;
  else draft.paragraphs.push(part);
  draft.open = open;
  checkLength(draft, part);
}

function strayTextError(draft: EntryDraft, block: BodyBlock): InterviewParseError {
  const message = block.speaker
    ? `entry ${draft.number}: "${block.speaker.name}：" is not taken for a speaker, who must ` +
      'open two answers or be the only name before a colon; mark the answer with 答：'
    : `entry ${draft.number}: text between the question and the answer`;
  return new InterviewParseError(message, block.line);
}

/** A body line continues a broken fragment, starts an answer paragraph, or is misplaced. */
function addBody(draft: EntryDraft, block: BodyBlock): void {
  const part = openPart(draft);
  if (part === undefined)
    throw new InterviewParseError(`text before the question of entry ${draft.number}`, block.line);
  if (!endsParagraph(part.text)) {
    part.text = joinFragments(part.text, block.text);
    checkLength(draft, part);
  } else if (draft.open === 'answer') startPart(draft, 'answer', block);
  else throw strayTextError(draft, block);
}

/** Adds one block to the entry being built, repairing broken paragraphs on the way. */
function addBlock(draft: EntryDraft, block: ContentBlock): void {
  switch (block.kind) {
    case 'caption':
      // Set aside where it stood; a fragment broken around it still joins up.
      draft.captions.push({ text: block.text, afterParagraph: draft.paragraphs.length });
      return;
    case 'question':
      if (draft.question !== undefined)
        throw new InterviewParseError(
          `entry ${draft.number} has a second question; number every entry, or none`,
          block.line,
        );
      startPart(draft, 'question', block);
      return;
    case 'answer':
      if (draft.question === undefined)
        throw new InterviewParseError(`entry ${draft.number} answers before it asks`, block.line);
      if (draft.open === 'answer')
        throw new InterviewParseError(`entry ${draft.number} has a second answer`, block.line);
      startPart(draft, 'answer', block);
      return;
    case 'body':
      addBody(draft, block);
  }
}

function finishEntry(draft: EntryDraft): QaEntry {
  if (draft.question === undefined)
    throw new InterviewParseError(`entry ${draft.number} has no question`, draft.line);
  if (draft.paragraphs.length === 0)
    throw new InterviewParseError(`entry ${draft.number} has a question but no answer`, draft.line);
  const id = `qa-${draft.number}`;
  return {
    number: draft.number,
    id,
    question: restoreFullWidthPunctuation(draft.question.text),
    paragraphs: draft.paragraphs.map((part, i) => ({
      id: `${id}-p${i + 1}`,
      n: i + 1,
      text: restoreFullWidthPunctuation(part.text),
    })),
    captions: draft.captions,
  };
}

function buildEntry({ start, blocks }: EntryBlocks, number: number): QaEntry {
  const draft: EntryDraft = {
    number,
    line: start.line,
    paragraphs: [],
    captions: [],
    open: undefined,
  };
  if (start.kind === 'question') startPart(draft, 'question', start);
  for (const block of blocks) addBlock(draft, block);
  return finishEntry(draft);
}

/**
 * Parses an interview's plain text into numbered Q&A entries.
 *
 * An entry opens at its number (a line of its own, "2" or "（2）", or the start of
 * its question line, "2. 问：…", "二、…"); in a text without numbers, at each
 * question, numbered 1, 2, 3…. Questions are marked 问：, Q:, 记者： or 主持人：,
 * answers 答：, A: or the name of whoever answers ("王市长：…"). Lines before the
 * first entry (headline, byline, date, source) are left out. Broken paragraphs are
 * rejoined, photo credits become captions, and half-width punctuation is restored
 * to full width. HTML in the text is text: nothing here interprets it.
 */
export function parseInterview(source: string): QaEntry[] {
  checkIsText(source);
  const blocks = classifyLines(source);
  if (blocks.length === 0) throw new InterviewParseError('the text is empty', 1);
  const { preamble, entries: grouped } = groupEntries(blocks);
  if (grouped.length === 0)
    throw new InterviewParseError(
      'no questions found: expected lines starting with 问：, Q: or 记者：',
      1,
    );
  checkPreamble(preamble);
  const overLimit = grouped[MAX_ENTRIES];
  if (overLimit)
    throw new InterviewParseError(
      `more than ${count(MAX_ENTRIES)} entries; split the interview`,
      overLimit.start.line,
    );
  const entries: QaEntry[] = [];
  const seen = new Set<number>();
  grouped.forEach((group, index) => {
    const number = group.start.kind === 'number' ? group.start.number : index + 1;
    if (seen.has(number))
      throw new InterviewParseError(`entry number ${number} appears twice`, group.start.line);
    seen.add(number);
    entries.push(buildEntry(group, number));
  });
  return entries;
}
