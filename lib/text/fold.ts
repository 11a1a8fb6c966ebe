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

/** Units each fold table changes (a few hundred of 65,536), for tables derived from it. */
const changedUnits = new WeakMap<Uint16Array, number[]>();

/**
 * The units a fold table maps to something other than themselves, when it was
 * made by `createFoldTable` (undefined for any other table).
 */
export function unitsFoldedBy(table: Uint16Array): readonly number[] | undefined {
  return changedUnits.get(table);
}

/** Builds the code unit → folded code unit table; `charFold` holds variant/target pairs. */
export function createFoldTable(charFold: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  // Identity, eight units a step: this runs once per page, before the loop can be optimized.
  for (let unit = 0; unit < 0x10000; unit += 8) {
    table[unit] = unit;
    table[unit + 1] = unit + 1;
    table[unit + 2] = unit + 2;
    table[unit + 3] = unit + 3;
    table[unit + 4] = unit + 4;
    table[unit + 5] = unit + 5;
    table[unit + 6] = unit + 6;
    table[unit + 7] = unit + 7;
  }
  const changed: number[] = [];
  const set = (unit: number, folded: number) => {
    table[unit] = folded;
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
    set(charFold.charCodeAt(i), table[charFold.charCodeAt(i + 1)]!);
  }
  changedUnits.set(table, changed);
  return table;
}

// String.fromCharCode takes its units as arguments, and engines cap the
// argument count, so long texts are converted in slices of this size.
const FROM_CHAR_CODE_SLICE = 0x2000;

/** Folds a whole string exactly as the streaming scanner does: drops SKIP units, collapses dash runs. */
export function foldText(text: string, table: Uint16Array): string {
  const units: number[] = [];
  let previous = SKIP;
  for (let i = 0; i < text.length; i++) {
    const unit = table[text.charCodeAt(i)]!;
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
