/** An entry number at the start of a source line, and what follows it on the line. */
export interface NumberedLine {
  number: number;
  rest: string;
  /** True for digits followed only by a space ("1 问：…"), which many plain sentences also start with. */
  unmarked: boolean;
}

const HAN_DIGIT = '[一二两三四五六七八九]';
const NUMERAL = `\\d{1,3}|[零〇一二两三四五六七八九十百]{1,6}`;
// （1） (1) （一）
const BRACKETED = new RegExp(`^[（(]\\s*(${NUMERAL})\\s*[)）]\\s*`);
// 1. 1、 1． 1) 一、 — a full stop before a digit is a decimal point (1.5亿元), not a number's mark.
const MARKED = new RegExp(`^(${NUMERAL})\\s*(?:[、．)）]|\\.(?!\\d))\\s*`);
// "2" alone on its line, or "2 问：…".
const UNMARKED = /^(\d{1,3})(?:\s+|$)/;
const HAN_NUMERAL = new RegExp(
  `^(?:(${HAN_DIGIT})百)?[零〇]?(?:(${HAN_DIGIT})?(十))?(${HAN_DIGIT})?$`,
);

const HAN_DIGIT_VALUE: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a Chinese numeral below 1000 (三, 十二, 二十, 一百零五), or undefined if malformed. */
export function chineseNumeralValue(numeral: string): number | undefined {
  const match = HAN_NUMERAL.exec(numeral);
  if (!match) return undefined;
  const [, hundreds, tensDigit, ten, units] = match;
  const digit = (char: string | undefined): number => (char ? (HAN_DIGIT_VALUE[char] ?? 0) : 0);
  // 十二 is twelve: a 十 without a digit before it counts one ten.
  const tens = ten ? (tensDigit ? digit(tensDigit) : 1) : 0;
  const value = digit(hundreds) * 100 + tens * 10 + digit(units);
  return value > 0 ? value : undefined;
}

function numeralValue(numeral: string): number | undefined {
  return /^\d+$/.test(numeral) ? Number(numeral) : chineseNumeralValue(numeral);
}

/** Reads the entry number that opens `text` ("3", "3.", "3、", "（3）", "三、"), if any. */
export function readEntryNumber(text: string): NumberedLine | undefined {
  for (const [pattern, unmarked] of [
    [BRACKETED, false],
    [MARKED, false],
    [UNMARKED, true],
  ] as const) {
    const match = pattern.exec(text);
    const number = match?.[1] === undefined ? undefined : numeralValue(match[1]);
    if (match && number !== undefined)
      return { number, rest: text.slice(match[0].length), unmarked };
  }
  return undefined;
}
