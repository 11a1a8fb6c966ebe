import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { GECKO_ID } from './gecko-id';

/**
 * The content world's scripts (content/content-world.ts). WXT builds each
 * unlisted script as one self-contained IIFE without its content-script
 * runtime, which would cost more than the budget allows a page without
 * Chinese; the manifest entries below declare them instead.
 */
const CONTENT_WORLD_SCRIPTS = ['content-start', 'content-lens', 'content-card'];
/** Loaded with import() by the content world, so pages can reach them by URL too. */
const LOADED_ON_DEMAND = ['content-lens.js', 'content-card.js'];
/**
 * V8's explicit compile hint: every function of the file is compiled as the
 * file loads. A part loaded with import() is compiled off the main thread
 * then, where each function would otherwise be compiled on it at its first
 * call (an A/B of 16 loads each of a 10 K-character page: our main-thread
 * time 48.1 → 39.8 ms, and 55.0 → 39.0 ms with the builds swapped). Other
 * engines read a comment. It is added last, once the bundle is minified (which
 * would drop it) and WXT has made it an anonymous IIFE.
 */
const compileAllOnLoad: PluginOption = {
  name: 'compile-all-on-load',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.isEntry)
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
};

// Permissions are kept to the minimum; README.md explains each one.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  // `npm run zip`: the store packages, and for Firefox the sources zip AMO asks
  // for (everything needed to rebuild: the tests, screenshots and benchmark
  // results are not).
  zip: {
    excludeSources: ['artifacts/**', 'bench/results.json', 'tests/**', 'docs/store/**'],
  },
  hooks: {
    // webextension-polyfill for the background and the extension pages only:
    // the content world uses the browser's own promise-based API (Chrome MV3
    // and Firefox both have it), which saves ~4.5 KB gzip on every page.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => LOADED_ON_DEMAND.includes(`${entrypoint.name}.js`)))
        config.plugins = [...(config.plugins ?? []), compileAllOnLoad];
      if (entrypoints.some((entrypoint) => CONTENT_WORLD_SCRIPTS.includes(entrypoint.name))) return;
      const polyfill = {
        find: /^wxt\/browser$/,
        replacement: '@wxt-dev/webextension-polyfill/browser',
      };
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [polyfill, ...alias]
          : [
              polyfill,
              ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement })),
            ],
      };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        // Frames with no URL of their own (srcdoc, about:blank filled by script,
        // sandboxed ones with an opaque origin) often hold an article's text.
        match_about_blank: true,
        ...(manifestVersion === 3 ? { match_origin_as_fallback: true } : {}),
        run_at: 'document_start',
        js: ['content-start.js'],
      },
    ],
    // import() needs the parts to be web-accessible. Chrome's use_dynamic_url
    // serves them only at a per-session URL, so a page cannot probe a fixed URL
    // to learn that the extension is installed; Firefox already gives every
    // installation its own random UUID.
    web_accessible_resources:
      manifestVersion === 2
        ? LOADED_ON_DEMAND
        : [{ resources: LOADED_ON_DEMAND, matches: ['<all_urls>'], use_dynamic_url: true }],
    // Chrome allows four suggested shortcuts, _execute_action included: three
    // are used, one is left free; "previous term" is for the user to assign.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+I' },
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextTerm__',
      },
      'previous-term': { description: '__MSG_commandPreviousTerm__' },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandToggleSite__',
      },
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '121' }),
  }),
});
