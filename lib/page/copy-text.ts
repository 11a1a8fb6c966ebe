/**
 * Copies text from a click handler. `navigator.clipboard` only exists in secure
 * contexts, so on http:// pages this falls back to a hidden textarea and
 * execCommand('copy'), placed inside our own shadow root to stay off the page.
 */
export async function copyText(text: string, container: ShadowRoot): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission or focus problems: try the fallback below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
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
