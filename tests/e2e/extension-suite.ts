import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { recordingProxySuite } from './recording-proxy';

/**
 * Starts the fixture server and Chromium with the built extension before a test
 * file's tests, and stops both after them. The browser goes through a
 * recording proxy: the file fails if anything asked for a host off this machine.
 */
export function extensionSuite(options: Parameters<typeof launchWithExtension>[0] = {}): {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
} {
  // First, so that its check runs after the browser has closed.
  const recorder = recordingProxySuite();
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ ...options, proxyPort: recorder.proxy.port });
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
