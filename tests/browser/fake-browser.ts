// What `wxt/browser` resolves to in browser tests: WXT's fake extension API,
// whose i18n tests/setup/i18n.ts serves from the English catalog.
export { fakeBrowser as browser } from 'wxt/testing/fake-browser';
