/**
 * Boundaries the build enforces (`npm run deps`). The graph is the run-time one:
 * type-only imports are erased before bundling, so they cannot grow a bundle and
 * are left out (`tsPreCompilationDeps: false`).
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'content-world-stays-small',
      comment:
        'The content world (entrypoints/content-*, see content/content-world.ts) ' +
        'runs on every page and frame, so it holds only matching, marking and the ' +
        'card. Search, the catalog build, the interview parser, fuse.js, the full ' +
        'packs and every component but the card (and the shared pieces it is made ' +
        'of) stay in the extension pages and the background. The match index is allowed.',
      severity: 'error',
      from: { path: '^entrypoints/content-' },
      to: {
        reachable: true,
        path: [
          '^lib/(search|catalog|interview)/',
          '(^|/)node_modules/fuse\\.js/',
          '^data/generated/bundled-packs\\.ts$',
          '^data/generated/[^/]+\\.pack\\.json$',
          '^components/',
        ],
        pathNot: [
          '^components/HoverCard\\.tsx$',
          '^components/hover-card\\.css',
          '^components/shared/',
        ],
      },
    },
    {
      name: 'content-world-has-no-polyfill',
      comment:
        'The content world calls the browser’s own promise-based API (Chrome MV3 and ' +
        'Firefox both have it); wxt.config.ts aliases wxt/browser to ' +
        'webextension-polyfill only for the background and extension pages.',
      severity: 'error',
      from: { path: '^entrypoints/content-' },
      to: {
        reachable: true,
        path: ['(^|/)node_modules/(webextension-polyfill|@wxt-dev/webextension-polyfill)/'],
      },
    },
    {
      name: 'card-ui-only-in-the-card-part',
      comment:
        'Preact and the card component load at the first hover, in content-card.js; ' +
        'the scripts every page evaluates before that must not pull them in.',
      severity: 'error',
      from: { path: '^entrypoints/content-(start|lens)\\.' },
      to: { reachable: true, path: ['(^|/)node_modules/preact/', '^components/'] },
    },
    {
      name: 'lib-is-not-ui',
      comment:
        'lib/ holds the logic; components/ shows it. Nothing in lib/ imports ' +
        'Preact or a component, so the UI depends on the logic and never the reverse.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: ['^components/', '(^|/)node_modules/preact/'] },
    },
    {
      name: 'lib-is-below-the-processes',
      comment: 'content/ wires the content world out of lib/; lib/ never reaches back into it.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^content/' },
    },
    {
      name: 'pure-logic-needs-no-browser',
      comment:
        'Matching, packs, text folding, the interview, the catalog, search and ' +
        'the reader’s text helpers run in Node (unit tests, the data build) as ' +
        'they run in the extension: they reach no extension API. Only the modules ' +
        'that talk to the browser (page, background, messaging, settings storage and sync, i18n, library storage, ' +
        'UI language, opening and targeting the reader) may.',
      severity: 'error',
      from: {
        path: '^lib/',
        pathNot: [
          '^lib/(page|background)/',
          '^lib/protocol/messaging\\.ts$',
          // The reader's library lives in storage.local; a backup holds settings.
          '^lib/library/(pack-store|backup)\\.ts$',
          '^lib/reader/(open-reader|reader-target|scroll-to-paragraph)\\.ts$',
          '^lib/settings/settings-(storage|sync)\\.ts$',
          '^lib/(i18n|ui-language|ui-theme)\\.ts$',
        ],
      },
      to: {
        reachable: true,
        path: ['(^|/)node_modules/(wxt|@wxt-dev|webextension-polyfill)/'],
      },
    },
    {
      name: 'entrypoints-are-apart',
      comment:
        'entrypoints/ is where each process starts; what two of them share lives ' +
        'outside it. An entrypoint imports only from its own folder.',
      severity: 'error',
      from: { path: '^(entrypoints/[^/]+)' },
      to: { path: '^entrypoints/', pathNot: '^$1/' },
    },
    {
      name: 'not-into-entrypoints',
      comment: 'Nothing outside entrypoints/ imports from it.',
      severity: 'error',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves; a `?inline` CSS import is resolved by Vite.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['\\.css\\?inline$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'browser', 'module', 'default'],
      mainFields: ['module', 'main'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
