// Code passed to worker.evaluate runs in the extension's service worker, where
// `chrome` is the native API; its shape is the one WXT types `browser` with.
declare const chrome: typeof import('wxt/browser').browser;
