/**
 * Transcripts often name who speaks ("王市长：…", "张三：…") instead of marking 答：.
 * A name and a colon also open ordinary lines ("他说：…", "时间：2024年"), so a
 * line start only counts as a speaker once the text shows the name answering.
 */

/** A line that opens with a name and a colon: who speaks, and what they say. */
export interface SpeakerLine {
  name: string;
  text: string;
}

// The colon follows within six characters: a name of two to four, or a surname with a title.
const NAME_AND_COLON = /^(\p{Script=Han}{2,6}) ?[:：]\s*/u;
const PLAIN_NAME_LENGTH = 4;
const TITLE =
  /(?:市长|省长|县长|区长|镇长|村长|书记|主任|部长|局长|厅长|处长|院长|校长|董事长|总经理|经理|主席|委员|代表|教授|博士|老师|医生|先生|女士)$/u;

/** Reads a "<Name>：" line start, whether or not the name turns out to be a speaker. */
export function readSpeakerLine(text: string): SpeakerLine | undefined {
  const match = NAME_AND_COLON.exec(text);
  const name = match?.[1];
  if (!match || name === undefined) return undefined;
  if (name.length > PLAIN_NAME_LENGTH && !TITLE.test(name)) return undefined;
  return { name, text: text.slice(match[0].length) };
}

/** A name seen at a line start, and whether that line came straight after a question. */
export interface NameAtLineStart {
  name: string;
  followsQuestion: boolean;
}

/**
 * The names that answer: each opens at least two answers, or is the only name
 * at line starts and opens one. One stray "他说：" must not turn into a speaker.
 */
export function intervieweeNames(lineStarts: readonly NameAtLineStart[]): Set<string> {
  const answersOpened = new Map<string, number>();
  for (const { name, followsQuestion } of lineStarts) {
    if (followsQuestion) answersOpened.set(name, (answersOpened.get(name) ?? 0) + 1);
  }
  const onlyName = new Set(lineStarts.map((l) => l.name)).size === 1;
  return new Set(
    [...answersOpened].filter(([, count]) => count >= 2 || onlyName).map(([name]) => name),
  );
}
