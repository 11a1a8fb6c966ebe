import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/**
 * Starts the fixture server and Chromium with the built extension before a test
 * file's tests, and stops both after them.
 */
export function extensionSuite(options: Parameters<typeof launchWithExtension>[0] = {}): {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
} {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
  };
}
