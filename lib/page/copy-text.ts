import type { Citation } from '../pack/citation';

/**
 * Copies a citation from a click handler, as plain text and as HTML, so a
 * rich editor keeps the quote and its linked source. `navigator.clipboard`
 * only exists in secure contexts, so on http:// pages this falls back to a
 * hidden textarea and execCommand('copy'), placed inside our own container
 * (the card's shadow root) to stay off the page, whose copy event sets both.
 */
export async function copyCitation(
  { text, html }: Citation,
  container: ShadowRoot | HTMLElement,
): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard && typeof ClipboardItem === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return true;
    } catch {
      // Permission or focus problems: try the fallback below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  area.addEventListener('copy', (event) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
  });
  container.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
