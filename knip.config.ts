import type { KnipConfig } from 'knip';

// Unused files, exports and dependencies (`npm run knip`). The WXT, Vitest and
// ESLint plugins find entrypoints/**, wxt.config.ts, vitest.config.ts with the
// test and setup files it names, and eslint.config.js on their own.
const config: KnipConfig = {
  entry: [
    // Run with tsx from package.json (data, demo, bench) or by hand (bench-matcher, bench-search).
    'scripts/*.ts',
    // Test files (their helpers are followed from them, so an unused helper is still found).
    'tests/**/*.test.{ts,tsx}',
    // What vitest.config.ts aliases `wxt/browser` to in browser tests: named by path, never imported.
    'tests/browser/fake-browser.ts',
    // scripts/build-data.ts imports each pack's catalog by a computed path.
    'data/packs/*/catalog.ts',
  ],
  // Injected into benchmark pages by file path (require.resolve(library) in
  // scripts/bench/run-peers.ts), never imported, so knip cannot see them used.
  ignoreDependencies: [
    'advanced-mark.js',
    'mark.js',
    // Likewise evaluated in pages by the accessibility check (tests/e2e/accessibility.ts).
    'axe-core',
    // wxt.config.ts aliases wxt/browser to the polyfill by name, for the
    // background and extension pages only.
    '@wxt-dev/webextension-polyfill',
    'webextension-polyfill',
  ],
  // A type that names the shape of an exported function's parameter or result
  // is part of that function's interface, even when no other file spells it.
  ignoreExportsUsedInFile: { interface: true, type: true },
};

export default config;
