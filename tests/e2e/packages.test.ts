import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../gecko-id';

// The store packages `npm run zip` makes (the test command runs it first),
// unpacked and checked as a store's review would: the manifest, the permissions
// it asks for, the files it ships, and no code built from strings.

const version = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;
const unzip = (name: string): Record<string, Uint8Array> =>
  unzipSync(
    readFileSync(
      resolve(import.meta.dirname, `../../.output/interview-lens-${version}-${name}.zip`),
    ),
  );

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  default_locale: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: unknown;
  content_scripts: { matches: string[]; js: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
  sidebar_action?: { default_panel?: string };
  side_panel?: { default_path?: string };
}

const manifestOf = (files: Record<string, Uint8Array>): Manifest =>
  JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;

/** What every package ships, whatever the browser. */
const SHIPPED = [
  'background.js',
  'content-start.js',
  'content-lens.js',
  'content-card.js',
  'popup.html',
  'options.html',
  'sidepanel.html',
  'welcome.html',
  '_locales/en/messages.json',
  '_locales/zh_CN/messages.json',
  '_locales/zh_TW/messages.json',
  'icon/128.png',
];

/**
 * The permissions, exactly: an addition must change this list, and README.md's
 * table that explains each one. `<all_urls>` is the content script's match, not
 * a permission; no host permission is asked for.
 */
const PERMISSIONS = ['storage', 'activeTab', 'scripting', 'contextMenus'];

describe.each([
  { name: 'chrome', manifestVersion: 3, panel: 'sidePanel' },
  { name: 'firefox', manifestVersion: 2, panel: null },
])('the $name package', ({ name, manifestVersion, panel }) => {
  const files = unzip(name);
  const manifest = manifestOf(files);

  it('has a manifest a store takes: localized name, the version, its locales', () => {
    expect(manifest).toMatchObject({
      manifest_version: manifestVersion,
      name: '__MSG_extName__',
      version,
      default_locale: 'en',
    });
    for (const file of SHIPPED) expect(Object.keys(files), file).toContain(file);
  });

  it('asks for exactly the permissions the README explains, and no host', () => {
    expect(manifest.permissions).toEqual(panel ? [...PERMISSIONS, panel] : PERMISSIONS);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // The browser's default policy (no remote code, no eval) is not loosened.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.content_scripts.map((c) => [c.matches, c.js])).toEqual([
      [['<all_urls>'], ['content-start.js']],
    ]);
  });

  it('ships no source maps, tests or fixtures, and no code built from strings', () => {
    const names = Object.keys(files);
    expect(names.filter((n) => /\.map$|\.test\.|fixtures|\.ts$/.test(n))).toEqual([]);
    const scripts = names.filter((n) => n.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    for (const script of scripts) {
      const code = strFromU8(files[script]!);
      expect(code, script).not.toMatch(/\beval\s*\(|\bnew Function\s*\(|\bFunction\s*\(\s*["'`]/);
      // No script is fetched from anywhere: nothing imports or loads a URL.
      expect(code, script).not.toMatch(/import\s*\(\s*["'`]https?:/);
    }
  });
});

describe('the Firefox package', () => {
  const manifest = manifestOf(unzip('firefox'));

  it("carries the project's own add-on id and declares that it collects no data", () => {
    expect(manifest.browser_specific_settings?.gecko).toMatchObject({
      id: GECKO_ID,
      data_collection_permissions: { required: ['none'] },
    });
    expect(GECKO_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
  });

  it('comes with the sources zip AMO asks for: enough to rebuild, nothing more', () => {
    const names = Object.keys(unzip('sources'));
    for (const file of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'gecko-id.ts',
      'README.md',
      'scripts/build-data.ts',
      'data/packs/ningbo-2022/source.txt',
      'data/packs/ningbo-2022/catalog.ts',
      'entrypoints/background.ts',
    ])
      expect(names, file).toContain(file);
    expect(
      names.filter(
        (n) => /^(node_modules|\.output|artifacts|tests)\//.test(n) || n.includes('/node_modules/'),
      ),
    ).toEqual([]);
  });
});
