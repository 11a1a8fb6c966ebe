const FLASH_CLASS = 'flash';
const FLASH_MS = 1600;

/**
 * Scrolls to an paragraphId (`qa-4`, `qa-4-p2`) and highlights it briefly; false if
 * it does not exist. Focus moves there too (for screen readers and keyboard
 * users) unless the caller keeps it where it is.
 */
export function scrollToParagraph(
  paragraphId: string,
  { focus = true }: { focus?: boolean } = {},
): boolean {
  if (!paragraphId) return false;
  const target = document.getElementById(paragraphId);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  const flashed = target.classList.contains('entry') ? target.querySelector('.question') : target;
  flashed?.classList.add(FLASH_CLASS);
  setTimeout(() => flashed?.classList.remove(FLASH_CLASS), FLASH_MS);
  if (focus) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
  return true;
}
