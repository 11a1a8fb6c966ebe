import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { siteOfUrl, type Site } from '../../lib/sites/site-pattern';
import { isLensOnForSite, isSiteOn, switchSite } from '../../lib/sites/site-switch';

const site = (url: string): Site => siteOfUrl(url)!;
const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('isLensOnForSite', () => {
  it('runs everywhere by default, including pages with no site', () => {
    expect(isLensOnForSite(DEFAULT_SETTINGS, site('https://example.com/'))).toBe(true);
    expect(isLensOnForSite(DEFAULT_SETTINGS, null)).toBe(true);
  });

  it('lets the global switch win over every list', () => {
    const off = settings({ enabled: false, siteMode: 'listed', onlySites: ['example.com'] });
    expect(isLensOnForSite(off, site('https://example.com/'))).toBe(false);
    expect(isLensOnForSite(settings({ enabled: false }), null)).toBe(false);
  });

  it('stays off on the sites switched off, and only those', () => {
    const s = settings({ offSites: ['*.example.com', 'localhost:3000'] });
    expect(isLensOnForSite(s, site('https://www.example.com/'))).toBe(false);
    expect(isLensOnForSite(s, site('http://localhost:3000/'))).toBe(false);
    expect(isLensOnForSite(s, site('http://localhost:8080/'))).toBe(true);
    expect(isLensOnForSite(s, site('https://example.org/'))).toBe(true);
  });

  it('runs only on the listed sites in listed mode, never on pages with no site', () => {
    const s = settings({ siteMode: 'listed', onlySites: ['news.example.org', 'file:'] });
    expect(isLensOnForSite(s, site('https://news.example.org/a'))).toBe(true);
    expect(isLensOnForSite(s, site('file:///tmp/a.html'))).toBe(true);
    expect(isLensOnForSite(s, site('https://example.org/'))).toBe(false);
    expect(isLensOnForSite(s, null)).toBe(false);
  });

  it('keeps the other list as it was when the mode changes', () => {
    const s = settings({ offSites: ['example.com'], siteMode: 'listed', onlySites: [] });
    expect(isLensOnForSite(s, site('https://example.org/'))).toBe(false);
    expect(isLensOnForSite({ ...s, siteMode: 'everywhere' }, site('https://example.org/'))).toBe(
      true,
    );
  });
});

describe('isSiteOn', () => {
  it('gives the site’s own rule, whatever the global switch says', () => {
    const s = settings({ enabled: false, offSites: ['example.com'] });
    expect(isSiteOn(s, site('https://example.org/'))).toBe(true);
    expect(isSiteOn(s, site('https://example.com/'))).toBe(false);
    expect(isSiteOn({ ...s, siteMode: 'listed' }, site('https://example.org/'))).toBe(false);
  });
});

describe('switchSite', () => {
  const news = site('https://news.example.com/story');

  it('switching off adds the host once, and switching on removes it', () => {
    const off = switchSite(DEFAULT_SETTINGS, news, false);
    expect(off).toEqual({ offSites: ['news.example.com'] });
    const s = settings(off);
    expect(isLensOnForSite(s, news)).toBe(false);
    expect(switchSite(s, news, false)).toEqual({ offSites: ['news.example.com'] });
    expect(isLensOnForSite(settings(switchSite(s, news, true)), news)).toBe(true);
  });

  it('switching on removes a wildcard that covers the site, and leaves other sites alone', () => {
    const s = settings({ offSites: ['*.example.com', 'example.org'] });
    expect(switchSite(s, news, true)).toEqual({ offSites: ['example.org'] });
  });

  it('works on the listed sites in listed mode', () => {
    const s = settings({ siteMode: 'listed', onlySites: ['*.example.com', 'example.org'] });
    expect(switchSite(s, news, false)).toEqual({ onlySites: ['example.org'] });
    const listed = settings({ siteMode: 'listed' });
    expect(switchSite(listed, news, true)).toEqual({ onlySites: ['news.example.com'] });
    expect(isLensOnForSite(settings({ ...listed, ...switchSite(listed, news, true) }), news)).toBe(
      true,
    );
  });

  it('names local files as one site', () => {
    expect(switchSite(DEFAULT_SETTINGS, site('file:///a.html'), false)).toEqual({
      offSites: ['file:'],
    });
  });
});
