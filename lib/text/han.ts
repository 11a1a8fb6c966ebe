/**
 * A Han character, in any block (the Unified Ideographs, their extensions, the
 * compatibility ideographs). The one pattern for "is this Chinese text".
 */
export const HAN = /\p{Script=Han}/u;
