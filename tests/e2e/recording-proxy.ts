import { createServer, request as forward, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';

/**
 * An HTTP proxy every test browser is routed through, loopback included, so
 * that it sees every request the browser makes: pages, extension pages, the
 * service worker and the browser itself. Requests to this machine are passed
 * on; any other is refused and recorded. `*.test` names (a reserved TLD, never
 * a real host) stand for 127.0.0.1, as the tests' `--host-resolver-rules` do.
 */
export interface RecordingProxy {
  port: number;
  /** Every request that would have left the machine, as `METHOD host/path`. */
  readonly outside: readonly string[];
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;

/** Where a request to `host` goes, or null when it would leave the machine. */
function loopbackTarget(host: string): string | null {
  if (LOOPBACK.test(host)) return host.replace(/^\[|\]$/g, '');
  if (host.endsWith('.test')) return '127.0.0.1';
  return null;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const outside: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((incoming: IncomingMessage, response) => {
    let url: URL;
    try {
      url = new URL(incoming.url ?? '');
    } catch {
      response.writeHead(400).end();
      return;
    }
    const target = loopbackTarget(url.hostname);
    if (!target) {
      outside.push(`${incoming.method} ${url.host}${url.pathname}`);
      response.writeHead(403).end();
      return;
    }
    const upstream = forward(
      {
        host: target,
        port: url.port || 80,
        method: incoming.method,
        path: `${url.pathname}${url.search}`,
        headers: incoming.headers,
      },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    upstream.on('error', () => response.headersSent || response.writeHead(502).end());
    incoming.pipe(upstream);
  });
  // HTTPS and WebSockets come as CONNECT tunnels.
  server.on('connect', (incoming: IncomingMessage, client: Socket, head: Buffer) => {
    const [host = '', port = '443'] = (incoming.url ?? '').split(/:(?=\d+$)/);
    const target = loopbackTarget(host);
    if (!target) {
      outside.push(`CONNECT ${incoming.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), target, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    outside,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/**
 * A recording proxy for one test file: started before its tests, and checked
 * after them: the file fails if its browser asked for anything off this machine.
 */
export function recordingProxySuite(): { readonly proxy: RecordingProxy } {
  let proxy: RecordingProxy | undefined;
  beforeAll(async () => {
    proxy = await startRecordingProxy();
  });
  afterAll(async () => {
    if (!proxy) return;
    await proxy.close();
    expect(proxy.outside, 'requests that left the machine').toEqual([]);
  });
  return {
    get proxy() {
      if (!proxy) throw new Error('the proxy starts in beforeAll');
      return proxy;
    },
  };
}
