/**
 * A name a page cannot guess, for what the lens must name where a page can see
 * it (its highlights in the registry, the card's host element). It is also a
 * valid custom-element name: lowercase, starting with a letter, with a hyphen.
 */
export function randomName(): string {
  return `il-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
}
