import type { Caption, QaEntry } from '../pack/types';
import { endsParagraph, joinFragments } from './paragraph-end';
import { isPhotoCredit } from './photo-credit';
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

type Block =
  | { kind: 'number'; number: number; line: number }
  | { kind: 'question' | 'answer' | 'body' | 'caption'; text: string; line: number };

const ENTRY_NUMBER = /^(\d{1,3})[.、．]?$/;
const QUESTION_MARK = /^(?:问|問|记者|記者|Q)\s*[:：]\s*/;
const ANSWER_MARK = /^(?:答|A)\s*[:：]\s*/;

/** Turns each non-empty source line into a typed block. */
function classifyLines(source: string): Block[] {
  const blocks: Block[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim();
    const line = index + 1;
    if (text === '') return;
    const number = ENTRY_NUMBER.exec(text);
    if (number) blocks.push({ kind: 'number', number: Number(number[1]), line });
    else if (QUESTION_MARK.test(text))
      blocks.push({ kind: 'question', text: text.replace(QUESTION_MARK, ''), line });
    else if (ANSWER_MARK.test(text))
      blocks.push({ kind: 'answer', text: text.replace(ANSWER_MARK, ''), line });
    else if (isPhotoCredit(text)) blocks.push({ kind: 'caption', text, line });
    else blocks.push({ kind: 'body', text, line });
  });
  return blocks;
}

interface EntryDraft {
  number: number;
  line: number;
  question?: string;
  paragraphs: string[];
  captions: Caption[];
  /** Where the next body block goes, and whether it continues a broken fragment. */
  open: 'question' | 'answer' | undefined;
}

function lastText(draft: EntryDraft): string {
  return draft.open === 'question' ? (draft.question ?? '') : (draft.paragraphs.at(-1) ?? '');
}

function appendToLast(draft: EntryDraft, text: string): void {
  if (draft.open === 'question') draft.question = joinFragments(draft.question ?? '', text);
  else draft.paragraphs[draft.paragraphs.length - 1] = joinFragments(lastText(draft), text);
}

/** Adds one block to the entry being built, repairing broken paragraphs on the way. */
function addBlock(draft: EntryDraft, block: Exclude<Block, { kind: 'number' }>): void {
  switch (block.kind) {
    case 'caption':
      // Set aside where it stood; a fragment broken around it still joins up.
      draft.captions.push({ text: block.text, afterParagraph: draft.paragraphs.length });
      return;
    case 'question':
      if (draft.question !== undefined)
        throw new InterviewParseError(`entry ${draft.number} has a second question`, block.line);
      draft.question = block.text;
      draft.open = 'question';
      return;
    case 'answer':
      if (draft.question === undefined)
        throw new InterviewParseError(`entry ${draft.number} answers before it asks`, block.line);
      if (draft.open === 'answer')
        throw new InterviewParseError(`entry ${draft.number} has a second answer`, block.line);
      draft.paragraphs.push(block.text);
      draft.open = 'answer';
      return;
    case 'body':
      if (draft.open === undefined)
        throw new InterviewParseError(
          `text before the question of entry ${draft.number}`,
          block.line,
        );
      if (!endsParagraph(lastText(draft))) appendToLast(draft, block.text);
      else if (draft.open === 'answer') draft.paragraphs.push(block.text);
      else
        throw new InterviewParseError(
          `entry ${draft.number}: text between the question and the answer`,
          block.line,
        );
  }
}

function finishEntry(draft: EntryDraft): QaEntry {
  if (draft.question === undefined || draft.paragraphs.length === 0)
    throw new InterviewParseError(
      `entry ${draft.number} needs a question and an answer`,
      draft.line,
    );
  const id = `qa-${draft.number}`;
  return {
    number: draft.number,
    id,
    question: restoreFullWidthPunctuation(draft.question),
    paragraphs: draft.paragraphs.map((text, i) => ({
      id: `${id}-p${i + 1}`,
      n: i + 1,
      text: restoreFullWidthPunctuation(text),
    })),
    captions: draft.captions,
  };
}

/**
 * Parses an extracted interview text into numbered Q&A entries.
 * Entries start at a line holding only their number; `问:` opens the question and
 * `答:` the answer. Broken paragraphs are rejoined, photo credits become captions,
 * and half-width punctuation is restored to full width.
 */
export function parseInterview(source: string): QaEntry[] {
  const entries: QaEntry[] = [];
  let draft: EntryDraft | undefined;
  for (const block of classifyLines(source)) {
    if (block.kind === 'number') {
      if (draft) entries.push(finishEntry(draft));
      if (entries.some((e) => e.number === block.number))
        throw new InterviewParseError(`entry number ${block.number} appears twice`, block.line);
      draft = {
        number: block.number,
        line: block.line,
        paragraphs: [],
        captions: [],
        open: undefined,
      };
    } else if (!draft) {
      throw new InterviewParseError('text before the first numbered entry', block.line);
    } else {
      addBlock(draft, block);
    }
  }
  if (draft) entries.push(finishEntry(draft));
  if (entries.length === 0) throw new InterviewParseError('no numbered entries found', 1);
  return entries;
}
