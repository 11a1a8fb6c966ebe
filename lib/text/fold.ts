/**
 * Character folding for term matching: one table lookup per UTF-16 code unit
 * maps every spelling variant a page may use (width, punctuation, dashes, dots,
 * Traditional characters) onto the single unit the catalog's forms are folded to.
 */

/** Folded value of units the matcher ignores (whitespace, zero-width characters, soft hyphen). */
export const SKIP = 0;

/** Folded dash; a run of dashes folds to one so `——` and `—` match alike. */
export const FOLDED_DASH = 0x2d;

const FOLDED_COMMA = 0x2c;
const FOLDED_DOT = 0x00b7;

// Pages break terms with line breaks, &nbsp; or invisible characters between
// Chinese characters, so none of these may separate a term's characters.
const SKIPPED_UNITS = [
  0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x200b,
  0x200c, 0x200d, 0x2060, 0xfeff, 0xad,
];
const SKIPPED_RANGE = { first: 0x2000, last: 0x200a };

// The interview lists items with 、 or ，; pages may use either, or a half-width comma.
const COMMA_UNITS = [0x2c, 0xff0c, 0x3001, 0xfe50, 0xfe51, 0xff64];

const DASH_UNITS = [
  0x2d, 0xff0d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2500, 0x2e3a, 0x2e3b, 0xfe58,
  0xfe63, 0x2212,
];

// Small middle dots used inside names and slogans (浙江有礼·宁波示范); larger
// bullets such as ● are deliberately left alone because they separate items.
const DOT_UNITS = [0x00b7, 0x30fb, 0x2022, 0x2027, 0xff65, 0x2219, 0x22c5];

const FULL_WIDTH = { first: 0xff01, last: 0xff5e, offset: 0xfee0 };
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const LOWER_CASE_OFFSET = 0x20;

/**
 * Code unit → folded code unit. Held as offsets, (folded − unit) mod 2^16, so
 * that the identity is the zero-filled array the engine makes natively: filling
 * 65,536 units one by one took a page 1.5–2.7 ms of cold script, at every load.
 */
export interface FoldTable {
  readonly offsets: Uint16Array;
  /**
   * The units the table was given a fold for (a few hundred): every unit that
   * folds to something other than itself is among them. Tables derived from
   * this one need only look at these.
   */
  readonly changed: readonly number[];
}

/** The unit `unit` folds to. */
export function foldUnit(table: FoldTable, unit: number): number {
  return (unit + table.offsets[unit]!) & 0xffff;
}

/** Builds the code unit → folded code unit table; `charFold` holds variant/target pairs. */
export function createFoldTable(charFold: string): FoldTable {
  const offsets = new Uint16Array(0x10000);
  const changed: number[] = [];
  const table: FoldTable = { offsets, changed };
  const set = (unit: number, folded: number) => {
    offsets[unit] = (folded - unit) & 0xffff;
    changed.push(unit);
  };

  for (const unit of SKIPPED_UNITS) set(unit, SKIP);
  for (let unit = SKIPPED_RANGE.first; unit <= SKIPPED_RANGE.last; unit++) set(unit, SKIP);

  // Full-width first, so Ａ reaches A and is then lower-cased like A, and
  // ：；？！ land on their ASCII forms.
  for (let unit = FULL_WIDTH.first; unit <= FULL_WIDTH.last; unit++) {
    set(unit, unit - FULL_WIDTH.offset);
  }
  // Only A–Z and their full-width forms fold to A–Z: a pass over them, not
  // over all 65,536 units (this runs on every page with Chinese, cold).
  for (let unit = UPPER_A; unit <= UPPER_Z; unit++) {
    set(unit, unit + LOWER_CASE_OFFSET);
    set(unit + FULL_WIDTH.offset, unit + LOWER_CASE_OFFSET);
  }

  for (const unit of COMMA_UNITS) set(unit, FOLDED_COMMA);
  for (const unit of DASH_UNITS) set(unit, FOLDED_DASH);
  for (const unit of DOT_UNITS) set(unit, FOLDED_DOT);

  // Pairs are applied last so the build-time Traditional→Simplified table
  // wins over the generic rules. The target goes through the table too, so
  // folding stays idempotent when a target is itself a variant (e.g. full-width).
  for (let i = 0; i + 1 < charFold.length; i += 2) {
    set(charFold.charCodeAt(i), foldUnit(table, charFold.charCodeAt(i + 1)));
  }
  return table;
}

// String.fromCharCode takes its units as arguments, and engines cap the
// argument count, so long texts are converted in slices of this size.
const FROM_CHAR_CODE_SLICE = 0x2000;

/** Folds a whole string exactly as the streaming scanner does: drops SKIP units, collapses dash runs. */
export function foldText(text: string, table: FoldTable): string {
  const units: number[] = [];
  let previous = SKIP;
  for (let i = 0; i < text.length; i++) {
    const unit = foldUnit(table, text.charCodeAt(i));
    if (unit === SKIP) continue;
    if (unit === FOLDED_DASH && previous === FOLDED_DASH) continue;
    units.push(unit);
    previous = unit;
  }
  let folded = '';
  for (let i = 0; i < units.length; i += FROM_CHAR_CODE_SLICE) {
    folded += String.fromCharCode(...units.slice(i, i + FROM_CHAR_CODE_SLICE));
  }
  return folded;
}
