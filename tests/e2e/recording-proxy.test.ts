import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

// The proxy every test browser goes through must pass this machine's requests
// on and catch every other: checked here without a browser.
let proxy: RecordingProxy;
let server: FixtureServer;
beforeAll(async () => {
  proxy = await startRecordingProxy();
  server = await startFixtureServer();
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});

/** A plain HTTP request sent through the proxy, as a browser sends it. */
const viaProxy = (url: string) =>
  new Promise<{ status: number; body: string }>((done, fail) => {
    const sent = request(
      { host: '127.0.0.1', port: proxy.port, path: url, headers: { host: new URL(url).host } },
      (reply) => {
        let body = '';
        reply.on('data', (chunk: Buffer) => (body += chunk.toString()));
        reply.on('end', () => done({ status: reply.statusCode ?? 0, body }));
      },
    );
    sent.on('error', fail);
    sent.end();
  });

/** A CONNECT tunnel's first reply line. */
const tunnel = (target: string) =>
  new Promise<string>((done, fail) => {
    const socket = connect(proxy.port, '127.0.0.1', () =>
      socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`),
    );
    socket.once('data', (data) => {
      done(data.toString().split('\r\n')[0]!);
      socket.destroy();
    });
    socket.on('error', fail);
  });

describe('the recording proxy', () => {
  it('passes requests to this machine on, *.test names included, and records none', async () => {
    const direct = await viaProxy(`${server.origin}/no-chinese.html`);
    expect(direct.status).toBe(200);
    expect(direct.body).toContain('<html');
    const port = new URL(server.origin).port;
    expect((await viaProxy(`http://news.test:${port}/no-chinese.html`)).status).toBe(200);
    expect(await tunnel(`127.0.0.1:${port}`)).toBe('HTTP/1.1 200 Connection Established');
    expect(proxy.outside).toEqual([]);
  });

  it('refuses and records every request that would leave the machine', async () => {
    expect((await viaProxy('http://example.com/track?id=1')).status).toBe(403);
    expect(await tunnel('example.org:443')).toBe('HTTP/1.1 403 Forbidden');
    expect(proxy.outside).toEqual(['GET example.com/track', 'CONNECT example.org:443']);
  });
});
