/**
 * True when an element's content is rendered. `checkVisibility` covers
 * display:none, the hidden attribute and visibility:hidden; the content of a
 * closed <details> (all but its summary) is checked by hand because browsers
 * differ in how they hide it.
 */
export function isRendered(element: Element): boolean {
  for (let details = element.closest('details:not([open])'); details;) {
    const summary = details.querySelector(':scope > summary');
    if (!summary?.contains(element)) return false;
    details = details.parentElement?.closest('details:not([open])') ?? null;
  }
  return element.checkVisibility({ visibilityProperty: true });
}
