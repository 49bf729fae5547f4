/**
 * The mentor 360 mirrors the mentor instrument by domain: a domain in one that is missing in the
 * other stops the build, with a line naming both files. The content check runs before Astro
 * renders anything, so this build takes seconds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-sites';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the pair feedback’s content fails the build clearly', () => {
  it('a domain of the mentor instrument missing from the 360 names both files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-content-'));
    temp.push(dir, `${dir}-dist`);
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'assessments/mentor-360.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { domains: { id: string }[] };
    data.domains = data.domains.filter((d) => d.id !== 'independence');
    writeFileSync(file, JSON.stringify(data, null, 2));
    const r = buildSite({ PLAYBOOK_CONTENT_DIR: dir, PLAYBOOK_OUT_DIR: `${dir}-dist` }, 'broken content');
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/mentor-360\.json: domains: has no domain "independence", which \S*mentor-competencies\.json has/);
  }, 120_000);
});
