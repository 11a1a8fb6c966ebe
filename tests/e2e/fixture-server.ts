import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';

/** A running fixture server: its origin (no trailing slash) and a way to stop it. */
export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /**
   * Host to listen on and to name in `origin`. Defaults to `127.0.0.1`.
   * Serving the same folder on `127.0.0.1` and on `localhost` gives two origins,
   * which is what a cross-origin iframe test needs.
   */
  host?: string;
}

// fs accepts a file: URL, so no path juggling is needed to find the folder next to this file.
const PAGES_DIR = realpathSync(new URL('../fixtures/pages/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `tests/fixtures/pages` over HTTP on an ephemeral port. */
export async function startFixtureServer(
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, 'Internal Server Error'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // `localhost` is pinned to IPv4 loopback: Node may resolve it to ::1 alone, while
    // Chromium tries both, so 127.0.0.1 is the address every client can reach.
    server.listen(0, host === 'localhost' ? '127.0.0.1' : host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('fixture server has no TCP address');
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  return {
    origin: `http://${hostInUrl}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The same fixtures on `localhost`: a second origin next to the default `127.0.0.1` one. */
export function startCrossOriginServer(): Promise<FixtureServer> {
  return startFixtureServer({ host: 'localhost' });
}

/** Where the server sends pages under a strict Content-Security-Policy, and the policy. */
const STRICT_CSP_PREFIX = '/strict-csp/';
const STRICT_CSP = "default-src 'none'; style-src 'none'; img-src 'none'";

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    send(response, 405, 'Method Not Allowed');
    return;
  }
  // Any page under /strict-csp/ comes with the strictest policy a site may send.
  const url = request.url ?? '/';
  const strict = url.startsWith(STRICT_CSP_PREFIX);
  const file = await resolveFile(strict ? url.slice(STRICT_CSP_PREFIX.length - 1) : url);
  if (file === undefined) {
    send(response, 404, 'Not Found');
    return;
  }
  if (file === null) {
    send(response, 403, 'Forbidden');
    return;
  }
  const body = await fs.readFile(file);
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...(strict ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Maps a request URL to a file inside the pages folder.
 * Returns `undefined` when there is no such file and `null` when the path leaves the folder.
 */
async function resolveFile(url: string): Promise<string | null | undefined> {
  const pathname = new URL(url, 'http://fixtures.invalid').pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const candidate = path.resolve(PAGES_DIR, `.${decoded}`);
  if (candidate === PAGES_DIR) return undefined;
  if (!isInside(candidate)) return null;
  try {
    // Resolve symlinks too, so a link inside the folder cannot point outside it.
    const real = await fs.realpath(candidate);
    if (!isInside(real)) return null;
    return (await fs.stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

function isInside(file: string): boolean {
  return file.startsWith(PAGES_DIR + path.sep);
}

function send(response: ServerResponse, status: number, message: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(message);
}
