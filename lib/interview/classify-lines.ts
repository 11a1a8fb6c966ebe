import { readEntryNumber, type NumberedLine } from './entry-number';
import { endsParagraph } from './paragraph-end';
import { isPhotoCredit } from './photo-credit';
import {
  intervieweeNames,
  readSpeakerLine,
  type NameAtLineStart,
  type SpeakerLine,
} from './speaker';

/** A plain line of text; it may open with a name and a colon, or with a number. */
export interface BodyBlock {
  kind: 'body';
  text: string;
  line: number;
  speaker: SpeakerLine | undefined;
  /** A marked number ("1.", "一、") that opens the line. */
  numbered: NumberedLine | undefined;
}

/** One non-empty source line, typed, with its 1-based line number. */
export type Block =
  | { kind: 'number'; number: number; line: number }
  | { kind: 'question' | 'answer' | 'caption'; text: string; line: number }
  | BodyBlock;

/**
 * A 记者： line that holds only names, "记者：张三 李四": news articles open with such
 * a byline, which shares the interviewer's marker. Before the first entry it is
 * a byline; after, a question that happens to be short.
 */
interface BylineBlock {
  kind: 'byline';
  text: string;
  question: string;
  line: number;
}

/** A block as first typed, before bylines are settled. */
type LineBlock = Block | BylineBlock;

/** Every block but an entry number: what an entry is made of. */
export type ContentBlock = Exclude<Block, { kind: 'number' }>;

const QUESTION_MARK = /^(?:问|問|记者|記者|主持人|[QqＱｑ])\s*[:：]\s*/;
const ANSWER_MARK = /^(?:答|[AaＡａ])\s*[:：]\s*/;
const BYLINE_MARK = /^(?:记者|記者)\s*[:：]/;
// Names and roles: 张三 李四, 张三、李四, 张三 通讯员：李四.
const NAMES_ONLY = /^(?:\p{Script=Han}{2,4}(?:\s*[:：]\s*|[\s、,，]+|$))+$/u;

function readQuestion(text: string, line: number): LineBlock | undefined {
  const mark = QUESTION_MARK.exec(text);
  if (!mark) return undefined;
  const question = text.slice(mark[0].length);
  return BYLINE_MARK.test(text) && NAMES_ONLY.test(question)
    ? { kind: 'byline', text, question, line }
    : { kind: 'question', text: question, line };
}

/** Types one trimmed, non-empty line; a number and a question on one line make two blocks. */
function classifyLine(text: string, line: number): LineBlock[] {
  const numbered = readEntryNumber(text);
  if (numbered?.rest === '') return [{ kind: 'number', number: numbered.number, line }];
  const numberedQuestion = numbered && readQuestion(numbered.rest, line);
  if (numbered && numberedQuestion)
    return [{ kind: 'number', number: numbered.number, line }, numberedQuestion];
  const question = readQuestion(text, line);
  if (question) return [question];
  const answer = ANSWER_MARK.exec(text);
  if (answer) return [{ kind: 'answer', text: text.slice(answer[0].length), line }];
  if (isPhotoCredit(text)) return [{ kind: 'caption', text, line }];
  return [
    {
      kind: 'body',
      text,
      line,
      speaker: readSpeakerLine(text),
      // "12 个城市…" opens many sentences; only a marked number may open a question.
      numbered: numbered?.unmarked ? undefined : numbered,
    },
  ];
}

/**
 * True when an answer marker follows block `index`, past the lines that continue
 * it (it does not end a paragraph) and any captions.
 */
function answerFollows(blocks: readonly LineBlock[], index: number): boolean {
  let previous = blocks[index];
  for (let i = index + 1; i < blocks.length; i++) {
    const next = blocks[i];
    if (next === undefined || next.kind === 'caption') continue;
    if (next.kind === 'answer') return true;
    // Stopping at the next numbered line keeps the whole scan linear.
    if (next.kind !== 'body' || next.numbered) return false;
    if (previous?.kind === 'body' && endsParagraph(previous.text)) return false;
    previous = next;
  }
  return false;
}

/** "1.东港怎么样？" with no 问： is a numbered question when an answer marker follows it. */
function promoteNumberedQuestions(blocks: readonly LineBlock[]): LineBlock[] {
  return blocks.flatMap((block, index): LineBlock[] => {
    if (block.kind !== 'body' || !block.numbered || !answerFollows(blocks, index)) return [block];
    const { number, rest } = block.numbered;
    return [
      { kind: 'number', number, line: block.line },
      { kind: 'question', text: rest, line: block.line },
    ];
  });
}

/** Bylines before the first entry become plain lines of the preamble; later ones, questions. */
function settleBylines(blocks: readonly LineBlock[]): Block[] {
  const firstEntry = blocks.findIndex((b) => b.kind === 'number' || b.kind === 'question');
  return blocks.map((block, index): Block => {
    if (block.kind !== 'byline') return block;
    const { text, question, line } = block;
    return firstEntry === -1 || index < firstEntry
      ? { kind: 'body', text, line, speaker: undefined, numbered: undefined }
      : { kind: 'question', text: question, line };
  });
}

/** Turns "<Name>：" lines into answers, where the name answers and the line follows a question. */
function resolveSpeakers(blocks: readonly Block[]): Block[] {
  const lineStarts: NameAtLineStart[] = [];
  const afterQuestion = new Set<BodyBlock>();
  let followsQuestion = false;
  for (const block of blocks) {
    if (block.kind === 'question') followsQuestion = true;
    else if (block.kind === 'answer' || block.kind === 'number') followsQuestion = false;
    else if (block.kind === 'body' && block.speaker) {
      lineStarts.push({ name: block.speaker.name, followsQuestion });
      if (followsQuestion) afterQuestion.add(block);
      followsQuestion = false;
    }
    // A plain line after a question continues it, or is stray text the parser reports.
  }
  const names = intervieweeNames(lineStarts);
  return blocks.map((block) =>
    block.kind === 'body' &&
    block.speaker &&
    afterQuestion.has(block) &&
    names.has(block.speaker.name)
      ? { kind: 'answer', text: block.speaker.text, line: block.line }
      : block,
  );
}

/**
 * Types each non-empty source line. Lines are trimmed, which also drops a
 * leading byte-order mark and the full-width spaces that indent Chinese text.
 */
export function classifyLines(source: string): Block[] {
  const blocks = source.split(/\r\n?|\n/).flatMap((raw, index) => {
    const text = raw.trim();
    return text === '' ? [] : classifyLine(text, index + 1);
  });
  return resolveSpeakers(settleBylines(promoteNumberedQuestions(blocks)));
}
