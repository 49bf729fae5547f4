/** Helpers of the offline and Content Security Policy browser tests. */
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type Variant } from './harness';

/** Waits until the service worker controls the page: it has stored every precached file by then. */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 60_000 });
}

/** The rules of a `_headers` file (Netlify, Cloudflare Pages): path pattern and its headers. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (name && rules.length) rules.at(-1)!.headers.push([name, value!]);
    }
  }
  return rules;
}

/**
 * Serves a variant's build with the headers of its `_headers` file on every response, as a host
 * that reads the file would: the Content Security Policy arrives as an HTTP header too.
 */
export function serveWithHeadersDuringTests(variant: Variant): { readonly url: string } {
  let inner: Awaited<ReturnType<typeof serve>> | undefined;
  let proxy: ReturnType<typeof createServer> | undefined;
  let url = '';
  beforeAll(async () => {
    inner = await serve(variant);
    const rules = parseHeadersFile(readFileSync(join(variant.dir, '_headers'), 'utf8'));
    const upstream = new URL(inner.url);
    proxy = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        const extra = Object.fromEntries(rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers));
        res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extra });
        up.pipe(res);
      });
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    });
    await new Promise<void>((r) => proxy!.listen(0, '127.0.0.1', () => r()));
    const address = proxy.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${variant.base}`;
  });
  afterAll(async () => {
    proxy?.closeAllConnections();
    await new Promise((r) => proxy?.close(r));
    await inner?.close();
  });
  return {
    get url() {
      return url;
    },
  };
}

/** Collects the page's Content Security Policy violations, from before any of its scripts runs. */
export async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}
