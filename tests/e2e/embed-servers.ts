import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
};

/** The headers a `_headers` file gives every page (its `/*` block), as a static host applies them. */
export function headersForPages(file: string): Record<string, string> {
  const block = /^\/\*\n((?:[ \t]+.+\n?)+)/m.exec(file)?.[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => /^\s+([\w-]+):\s*(.+)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!.trim()]),
  );
}

/** Starts a loopback server on a free port; resolves to its origin and a way to stop it. */
async function listen(server: Server): Promise<{ origin: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Serves the built site (dist/) with the given headers on every response, like a static host reading `_headers`. */
export function serveSite(headers: Record<string, string>) {
  return listen(
    createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(DIST, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      response.writeHead(existsSync(file) ? 200 : 404, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(existsSync(file) ? readFileSync(file) : 'not found');
    }),
  );
}

/** A school platform's page that frames the address given as `?src=`. */
export function serveEmbedder() {
  return listen(
    createServer((request, response) => {
      const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><title>School platform</title><iframe title="Balise" src="${encodeURI(src)}" width="800" height="600"></iframe></html>`,
      );
    }),
  );
}
