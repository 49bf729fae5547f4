import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtBase } from '../../../scripts/built-base.mjs';

const dir = mkdtempSync(join(tmpdir(), 'preview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run preview', () => {
  it('reads the base a build was made for from its canonical link', () => {
    expect(builtBase('<link rel="canonical" href="https://x.example/mentoring/">')).toBe('/mentoring/');
    expect(builtBase('<title>x</title>')).toBeNull();
  });
  it('refuses a build made for another base, and says which', () => {
    writeFileSync(join(dir, 'index.html'), '<link rel="canonical" href="https://x.example/mentoring/">');
    const r = spawnSync(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PLAYBOOK_OUT_DIR: dir, PLAYBOOK_BASE: '/' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('was made for the base path /mentoring/, not /.');
    expect(r.stderr).toContain('PLAYBOOK_BASE=/mentoring/ npm run preview');
  });
});
