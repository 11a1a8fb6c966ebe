import { describe, expect, it } from 'vitest';
import {
  normalizeSitePattern,
  parseSitePattern,
  patternForSite,
  patternMatchesSite,
  patternsCoverSite,
  siteOfUrl,
  type Site,
} from '../../lib/sites/site-pattern';

const site = (url: string): Site => {
  const found = siteOfUrl(url);
  if (!found) throw new Error(`no site for ${url}`);
  return found;
};
const covers = (pattern: string, url: string) => patternsCoverSite([pattern], site(url));

describe('siteOfUrl', () => {
  it('takes the host and fills in the default port of http and https', () => {
    expect(siteOfUrl('https://News.Example.com/a?b#c')).toEqual({
      kind: 'host',
      host: 'news.example.com',
      port: '443',
    });
    expect(siteOfUrl('http://example.com/')).toEqual({
      kind: 'host',
      host: 'example.com',
      port: '80',
    });
    expect(siteOfUrl('http://localhost:3000/')).toEqual({
      kind: 'host',
      host: 'localhost',
      port: '3000',
    });
  });

  it('treats every local file as one site', () => {
    expect(siteOfUrl('file:///home/me/notes.html')).toEqual({ kind: 'file' });
  });

  it('gives no site for pages without a host a rule could name', () => {
    for (const url of [
      'about:blank',
      'about:srcdoc',
      'data:text/html,<p>宁波</p>',
      'chrome://settings',
      'chrome-extension://abc/popup.html',
      'moz-extension://abc/popup.html',
      'javascript:void 0',
      'not a url',
      '',
    ]) {
      expect(siteOfUrl(url), url).toBeNull();
    }
  });

  it('gives a blob: URL the site of the page that made it', () => {
    expect(siteOfUrl('blob:https://example.com/5d1e-11')).toEqual(site('https://example.com/'));
  });

  it('keeps IDN hosts in their ASCII form, whatever form the URL used', () => {
    expect(site('https://例子.中国/')).toEqual(site('https://xn--fsqu00a.xn--fiqs8s/'));
    expect(site('https://例子.中国/')).toMatchObject({ host: 'xn--fsqu00a.xn--fiqs8s' });
  });

  it('ignores a trailing dot on a fully qualified host', () => {
    expect(site('https://example.com./')).toEqual(site('https://example.com/'));
  });
});

describe('parseSitePattern', () => {
  it('reads hosts, wildcards, ports, pasted URLs and file:', () => {
    expect(normalizeSitePattern('Example.COM')).toBe('example.com');
    expect(normalizeSitePattern('  *.example.com ')).toBe('*.example.com');
    expect(normalizeSitePattern('example.com:8080')).toBe('example.com:8080');
    expect(normalizeSitePattern('https://www.example.com/news/1.html?x=1')).toBe('www.example.com');
    expect(normalizeSitePattern('http://localhost:3000/app')).toBe('localhost:3000');
    expect(normalizeSitePattern('file:')).toBe('file:');
    expect(normalizeSitePattern('file:///home/me/a.html')).toBe('file:');
    expect(normalizeSitePattern('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(normalizeSitePattern('*.例子.中国')).toBe('*.xn--fsqu00a.xn--fiqs8s');
    expect(normalizeSitePattern('127.0.0.1:8000')).toBe('127.0.0.1:8000');
    expect(normalizeSitePattern('[::1]:8000')).toBe('[::1]:8000');
  });

  it('keeps a default port the reader spelled out, since it narrows the rule', () => {
    expect(normalizeSitePattern('example.com:80')).toBe('example.com:80');
    expect(normalizeSitePattern('https://example.com:443/')).toBe('example.com:443');
  });

  it('gives its stored form back unchanged', () => {
    for (const stored of [
      'example.com',
      '*.example.com',
      'example.com:80',
      'file:',
      '[::1]:8000',
    ]) {
      expect(normalizeSitePattern(stored), stored).toBe(stored);
    }
  });

  it('refuses input that names no site', () => {
    for (const input of [
      '',
      '   ',
      '*.',
      '*',
      '.',
      'a..b',
      'exa mple.com',
      'example.com:99999',
      'ftp://example.com',
      'about:blank',
      'data:text/html,x',
      'user:pass@example.com',
    ]) {
      expect(parseSitePattern(input), JSON.stringify(input)).toBeNull();
    }
  });
});

describe('patternMatchesSite', () => {
  it('matches the host itself on any port unless the pattern names one', () => {
    expect(covers('example.com', 'https://example.com/')).toBe(true);
    expect(covers('example.com', 'http://example.com:8080/')).toBe(true);
    expect(covers('example.com:8080', 'http://example.com:8080/')).toBe(true);
    expect(covers('example.com:8080', 'http://example.com/')).toBe(false);
    expect(covers('example.com:80', 'http://example.com/')).toBe(true);
    expect(covers('example.com:443', 'https://example.com/')).toBe(true);
    expect(covers('example.com:443', 'http://example.com/')).toBe(false);
  });

  it('reaches subdomains only through a wildcard, and never a look-alike host', () => {
    expect(covers('example.com', 'https://www.example.com/')).toBe(false);
    expect(covers('*.example.com', 'https://www.example.com/')).toBe(true);
    expect(covers('*.example.com', 'https://a.b.example.com/')).toBe(true);
    expect(covers('*.example.com', 'https://example.com/')).toBe(true);
    expect(covers('*.example.com', 'https://badexample.com/')).toBe(false);
    expect(covers('*.example.com', 'https://example.com.evil.net/')).toBe(false);
    expect(covers('www.example.com', 'https://example.com/')).toBe(false);
  });

  it('matches IDN hosts whichever form the pattern and the page use', () => {
    expect(covers('例子.中国', 'https://xn--fsqu00a.xn--fiqs8s/')).toBe(true);
    expect(covers('xn--fsqu00a.xn--fiqs8s', 'https://例子.中国/a')).toBe(true);
    expect(covers('*.例子.中国', 'https://新闻.例子.中国/')).toBe(true);
  });

  it('keeps local files and hosts apart', () => {
    expect(covers('file:', 'file:///tmp/a.html')).toBe(true);
    expect(covers('file:', 'https://example.com/')).toBe(false);
    expect(covers('localhost', 'file:///tmp/a.html')).toBe(false);
  });

  it('skips stored patterns that no longer parse instead of failing', () => {
    expect(patternsCoverSite(['', '*.', 'example.com'], site('https://example.com/'))).toBe(true);
    expect(patternsCoverSite(['', '*.'], site('https://example.com/'))).toBe(false);
  });

  it('agrees with the pattern the popup writes for a site', () => {
    for (const url of ['https://news.example.com/', 'http://localhost:3000/', 'file:///a']) {
      const pattern = parseSitePattern(patternForSite(site(url)));
      expect(pattern && patternMatchesSite(pattern, site(url)), url).toBe(true);
    }
  });
});
