/** Quote marks that open and close a quoted phrase: Chinese curly and corner quotes, and ASCII ones. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set([...'“「『‘"＂\'']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set([...'”」』’"＂\'']);

/** Whether a character is a quote mark, opening or closing. */
export const isQuoteMark = (char: string): boolean =>
  OPENING_QUOTES.has(char) || CLOSING_QUOTES.has(char);
