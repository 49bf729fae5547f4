/**
 * The nginx recipe (content/hosting/nginx.conf) with the real nginx from Debian's packages: it
 * serves the /mentoring/ build, answers a missing page with the playbook's 404 page and status 404,
 * caches hashed assets for a year and makes HTML revalidate. Without nginx the block is skipped
 * with a warning (`apt-get install nginx`); with CI=true it fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, newPage, pageErrors, VARIANTS } from './harness';

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
if (!nginx) {
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error('The nginx test is required in CI: install nginx (apt-get install nginx).');
  console.warn('SKIPPED the nginx recipe test: nginx is not installed (apt-get install nginx).');
}
const variant = VARIANTS.find((v) => v.name === 'mentoring')!;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The recipe as a host would install it, pointed at the test build and a free port. */
function config(dir: string, port: number): string {
  const recipe = readFileSync('content/hosting/nginx.conf', 'utf8')
    .replaceAll('/var/www/playbook', dir)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace(/server_name [^;]+;/, 'server_name localhost;');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/tmp-${t};`).join('\n  ');
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  ${temp}\n${recipe}\n}\n`;
}

(nginx ? describeBrowser : describe.skip)('the nginx recipe serving the /mentoring/ build', () => {
  let dir = '';
  let origin = '';
  let server: ChildProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'playbook-nginx-'));
    symlinkSync(variant.dir, join(dir, 'mentoring'));
    const port = await freePort();
    writeFileSync(join(dir, 'nginx.conf'), config(dir, port));
    const test = spawnSync(nginx!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t refused the recipe:\n${test.stderr}`);
    server = spawn(nginx!, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (await fetch(`${origin}/mentoring/`).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx did not start: ${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
  });
  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves pages with the security headers, and HTML that revalidates', async () => {
    const res = await fetch(`${origin}/mentoring/guides/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${origin}/mentoring`, { redirect: 'manual' })).headers.get('location')).toMatch(/\/mentoring\/$/);
  });

  it('caches hashed assets for a year', async () => {
    const asset = readdirSync(join(variant.dir, '_astro')).find((f) => f.endsWith('.js'))!;
    const res = await fetch(`${origin}/mentoring/_astro/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers a missing page with the playbook’s 404 page and status 404', async () => {
    const res = await fetch(`${origin}/mentoring/guides/no-such/page/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(readFileSync(join(variant.dir, '404.html'), 'utf8'));
  });

  it('works in a browser: a guide, a tool and search load without errors', async () => {
    const page = await newPage();
    await page.goto(`${origin}/mentoring/guides/`);
    await page.locator('main a[href*="/guides/"]').last().click();
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await page.goto(`${origin}/mentoring/tools/self-assessment/`);
    await page.waitForLoadState('networkidle');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
