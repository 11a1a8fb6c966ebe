import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { playwright } from '@vitest/browser-playwright';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';

/**
 * WXT's test plugins (import.meta.env.BROWSER, FIREFOX, …) without its mock of
 * the extension API: that mock loads a virtual setup module, which browser mode
 * requests with a query string the module's resolver does not match. The config
 * below aliases wxt/browser itself.
 */
async function wxtInBrowser(): Promise<PluginOption[]> {
  const plugins = await WxtVitest();
  return plugins.filter(
    (plugin) => !(plugin && 'name' in plugin && plugin.name === 'wxt:extension-api-mock'),
  );
}

// Three projects, as in 10ten: fast unit/component tests with WXT's fake browser,
// tests of the stateful DOM layer (scanner, marks, hit-testing, hover, card) in a
// real Chromium page, and end-to-end tests that drive the built extension.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup/i18n.ts'],
        },
      },
      {
        plugins: [wxtInBrowser(), preact()],
        resolve: { alias: { 'wxt/browser': resolve('tests/browser/fake-browser.ts') } },
        // The English catalog under public/ is imported by tests/setup/i18n.ts; Vite
        // refuses imports from the public directory it serves to a browser.
        publicDir: false,
        // Found only as test files import them, these would be optimized mid-run,
        // and the reload that follows can leave two copies of Preact on a page.
        optimizeDeps: {
          include: [
            'preact',
            'preact/hooks',
            'preact/jsx-runtime',
            'wxt/testing/fake-browser',
            'wxt/utils/define-unlisted-script',
          ],
        },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['tests/setup/i18n.ts'],
          browser: {
            enabled: true,
            headless: true,
            // Never a downloaded browser: Debian's Chromium, as the e2e suites launch it.
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
            // Screenshots would land in the work tree (.vitest/); the failure says enough.
            screenshotFailures: false,
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A page in a tab behind the popup's or options page's tab gets a
          // rendering update about once a second in headless Chromium, so its
          // intersection reports (and so its first marks) can wait ~1 s: the
          // default 1 s poll failed on that, not on the extension. Speed is the
          // bench's to judge; these polls only wait for the behaviour.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
