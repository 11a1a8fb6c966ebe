import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchPage } from './generate-page';

/** A running page server on 127.0.0.1. */
export interface PageServer {
  /** The URL a page is served at. */
  urlOf(name: string): string;
  close(): Promise<void>;
}

/** Serves the pages from memory at `/<name>.html`; anything else is a 404. */
export async function startPageServer(pages: readonly BenchPage[]): Promise<PageServer> {
  const bodies = new Map(pages.map((page) => [`/${page.name}.html`, Buffer.from(page.html)]));
  const server = createServer((request, response) => {
    const body = bodies.get(new URL(request.url ?? '/', 'http://bench.invalid').pathname);
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (name) => `http://127.0.0.1:${port}/${name}.html`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
