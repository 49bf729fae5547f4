import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../../src/content/preflight';
import { pairProblems } from '../../../src/content/instrument-pairs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function copy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'pairs-'));
  dirs.push(dir);
  cpSync('content', dir, { recursive: true });
  edit(dir);
  return dir;
}
const editJson = (dir: string, file: string, change: (d: Record<string, unknown>) => void) => {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  change(data);
  writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
};
type Domains = { domains: { id: string }[] };

describe('the mentor 360 mirrors the mentor instrument', () => {
  it('finds nothing wrong with the bundled instruments and pulse', () => {
    expect(contentProblems('content')).toEqual([]);
  });

  it('fails, naming both files, when a domain of the mentor instrument is missing from the 360', () => {
    const dir = copy((d) => editJson(d, 'assessments/mentor-360.json', (a) => ((a as unknown as Domains).domains = (a as unknown as Domains).domains.filter((x) => x.id !== 'independence'))));
    const problems = contentProblems(dir).join('\n');
    expect(problems).toMatch(/assessments\/mentor-360\.json: domains: has no domain "independence", which .*assessments\/mentor-competencies\.json has/);
  });

  it('fails, naming both files, when the 360 has a domain the mentor instrument lacks', () => {
    const dir = copy((d) => editJson(d, 'assessments/mentor-competencies.json', (a) => ((a as unknown as Domains).domains = (a as unknown as Domains).domains.filter((x) => x.id !== 'diversity'))));
    expect(contentProblems(dir).join('\n')).toMatch(/assessments\/mentor-360\.json: domains\[diversity\]: .*assessments\/mentor-competencies\.json has no domain "diversity"/);
  });

  it('fails when "rates" names no instrument, or the scales differ', () => {
    expect(pairProblems([{ file: 'a.json', id: 'a', data: { rates: 'nope', scale: { min: 1, max: 7 }, domains: [] } }])).toEqual([
      'a.json: rates: no instrument has the id "nope" (expected assessments/nope.json beside it)',
    ]);
    const b = { file: 'b.json', id: 'b', data: { scale: { min: 1, max: 5 }, domains: [{ id: 'x' }] } };
    expect(pairProblems([{ file: 'a.json', id: 'a', data: { rates: 'b', scale: { min: 1, max: 7 }, domains: [{ id: 'x' }] } }, b])).toEqual([
      'a.json: scale: runs from 1 to 7 but b.json from 1 to 5; use the same range so the ratings can be compared',
    ]);
  });

  it('reports a pulse guide that does not exist, naming the file and the statement', () => {
    const dir = copy((d) => editJson(d, 'pulse/relationship-pulse.json', (p) => (((p.items as { guide: string }[])[0]!.guide = 'challenges/no-such-guide'))));
    expect(contentProblems(dir).join('\n')).toMatch(/pulse\/relationship-pulse\.json: items\[meet-as-planned\]\.guide: no guide has the id "challenges\/no-such-guide"/);
  });
});
