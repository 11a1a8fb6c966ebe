/**
 * Sites as per-site rules see them. A rule names the top-level page's host, so
 * one rule covers the page and all its frames; the frames' own hosts never count.
 *
 * A pattern is stored as a short string, so settings stay small and sync well:
 * - `example.com`: that host, on any port;
 * - `*.example.com`: that host and every subdomain of it;
 * - `example.com:8080`: that host on that port only;
 * - `file:`: every local file.
 * Hosts are kept in their ASCII (punycode) form, as the URL parser gives them, so
 * `例子.中国` and `xn--fsqu00a.xn--fiqs8s` are one site.
 */

/** Where a page is, for the rules: a host with its port (the scheme's default filled in), or a local file. */
export type Site = { kind: 'host'; host: string; port: string } | { kind: 'file' };

/** A parsed pattern; `port` undefined means any port. */
export type SitePattern =
  { kind: 'host'; host: string; port?: string; subdomains: boolean } | { kind: 'file' };

const FILE_PATTERN = 'file:';
const WILDCARD = '*.';
/** Schemes whose pages have a host a reader would call a site. */
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };
// Pure, so bundles that parse no site pattern (content-lens.js) drop it.
const HOST_SCHEMES = /* @__PURE__ */ new Set(Object.keys(DEFAULT_PORTS));

/**
 * The site of a top-level page's URL, or null for pages that have none
 * (`about:`, `data:`, the browser's and extensions' own pages): no rule names
 * those, so only the global switch applies to them.
 */
export function siteOfUrl(url: string): Site | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  // A blob: URL belongs to the page that made it.
  if (parsed.protocol === 'blob:') return siteOfUrl(parsed.pathname);
  if (parsed.protocol === 'file:') return { kind: 'file' };
  if (!HOST_SCHEMES.has(parsed.protocol) || !parsed.hostname) return null;
  const port = parsed.port || (DEFAULT_PORTS[parsed.protocol] ?? '');
  return { kind: 'host', host: withoutTrailingDot(parsed.hostname), port };
}

/**
 * Reads what a reader typed or pasted (a host, a `*.` wildcard, a host and port,
 * a whole URL, or `file:`) as a pattern; null when it names no site.
 */
export function parseSitePattern(input: string): SitePattern | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  if (text === FILE_PATTERN || text.startsWith('file://')) return { kind: 'file' };
  const subdomains = text.startsWith(WILDCARD);
  const rest = subdomains ? text.slice(WILDCARD.length) : text;
  // A pasted URL keeps only its host and any port the reader spelled out.
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(rest);
  const parsed = parseUrl(hasScheme ? rest : `http://${rest}`);
  if (!parsed || !HOST_SCHEMES.has(parsed.protocol) || !parsed.hostname) return null;
  if (parsed.username || parsed.password) return null;
  const host = withoutTrailingDot(parsed.hostname);
  if (!isPlausibleHost(host)) return null;
  // The parser drops a scheme's default port; a rule for `:80` still means port 80.
  const port = parsed.port || explicitPort(rest);
  return port ? { kind: 'host', host, port, subdomains } : { kind: 'host', host, subdomains };
}

/** The pattern's stored form; parsing it again gives the same pattern. */
function formatSitePattern(pattern: SitePattern): string {
  if (pattern.kind === 'file') return FILE_PATTERN;
  const host = pattern.subdomains ? `${WILDCARD}${pattern.host}` : pattern.host;
  return pattern.port ? `${host}:${pattern.port}` : host;
}

/** Normalizes a typed pattern to its stored form, or null when it names no site. */
export function normalizeSitePattern(input: string): string | null {
  const pattern = parseSitePattern(input);
  return pattern ? formatSitePattern(pattern) : null;
}

/** The pattern the popup's "this site" switch writes: the host on any port. */
export function patternForSite(site: Site): string {
  return site.kind === 'file' ? FILE_PATTERN : site.host;
}

export function patternMatchesSite(pattern: SitePattern, site: Site): boolean {
  if (pattern.kind === 'file' || site.kind === 'file') return pattern.kind === site.kind;
  if (pattern.port !== undefined && pattern.port !== site.port) return false;
  return (
    site.host === pattern.host || (pattern.subdomains && site.host.endsWith(`.${pattern.host}`))
  );
}

/** Whether any of the stored patterns covers the site. */
export function patternsCoverSite(patterns: readonly string[], site: Site): boolean {
  return patterns.some((stored) => {
    const pattern = parseSitePattern(stored);
    return !!pattern && patternMatchesSite(pattern, site);
  });
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function withoutTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** ASCII host labels, as the URL parser leaves them (IDN already in punycode). */
const HOST_LABEL = /^[a-z0-9_-]+$/;

/**
 * A host a rule can name. The URL parser accepts some characters no real host
 * has (`*`, for one), so each label is checked again.
 */
function isPlausibleHost(host: string): boolean {
  if (host.startsWith('[')) return true; // IPv6, already validated by the parser
  return host.split('.').every((label) => HOST_LABEL.test(label));
}

/** The port written after the host in typed text, even when it is the default one. */
function explicitPort(text: string): string | undefined {
  const authority = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#]/)[0] ?? '';
  const port = /:(\d{1,5})$/.exec(authority)?.[1];
  return port && Number(port) <= 65535 ? String(Number(port)) : undefined;
}
