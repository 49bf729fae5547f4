import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../../src/content/json-error';
import { parseJsonText } from '../../../src/content/read-json';
import { anchorsOf, linkProblem, linksOf } from '../../../src/content/body-links';
import { mergeSiteJson } from '../../../src/content/overlay';
import { readablePath } from '../../../src/content/format-issues';
import { accentProblem } from '../../../src/content/accent';

describe('findJsonError', () => {
  it('finds where JSON stops being valid, and what was expected there', () => {
    expect(findJsonError('{"a": 1}')).toBeNull();
    expect(findJsonError('{"a": 1,}')).toEqual({ offset: 8, expected: 'another name (no comma before "}")' });
    expect(findJsonError('{"a": 1\n"b": 2}')).toEqual({ offset: 8, expected: '"," or "}"' });
    expect(findJsonError('{"a": x}')?.offset).toBe(6);
  });
  it('reports line, column and the line itself', () => {
    expect(() => parseJsonText('{\n  "a": 1,\n  "b": x\n}', 'site.json', 'site configuration')).toThrow(/^site\.json:3:8: the site configuration is not valid JSON: expected a value/);
  });
});

describe('links in guide bodies', () => {
  const ctx = { guides: new Set(['a/b', 'a/c']), hidden: (id: string) => id === 'a/h', sectionIds: ['a'], anchors: (id: string) => new Set(id === 'a/c' ? ['step-one'] : []) };
  it('finds links and heading anchors outside code', () => {
    expect(linksOf('See [x](/guides/a/c/#step-one).\n\n```\n[no](/x/)\n```\n<a href="/search/">s</a>').map((l) => l.href)).toEqual(['/guides/a/c/#step-one', '/search/']);
    expect([...anchorsOf('## Step one\n\n## Step one\n\n### The [MCA](/x/) *scale*\n<div id="custom">')]).toEqual(['step-one', 'step-one-1', 'the-mca-scale', 'custom']);
  });
  it('refuses relative links and missing anchors, and lets links to hidden guides pass', () => {
    expect(linkProblem('../c/', 'a/b', ctx)).toMatch(/^is a relative link/);
    expect(linkProblem('/guides/a/c/#step-two', 'a/b', ctx)).toBe('there is no heading or id "step-two" in the guide a/c');
    expect(linkProblem('#nowhere', 'a/b', ctx)).toBe('there is no heading or id "nowhere" in this guide');
    expect(linkProblem('/guides/a/c/#step-one', 'a/b', ctx)).toBeNull();
    expect(linkProblem('/guides/a/h/', 'a/b', ctx)).toBeNull();
    expect(linkProblem('https://example.org/x', 'a/b', ctx)).toBeNull();
  });
});

describe('mergeSiteJson', () => {
  it('merges objects by key and sections and paths by id; other values replace', () => {
    const base = { name: 'P', organization: { name: 'O', url: 'u' }, sections: [{ id: 's', title: 'S' }], paths: [{ id: 'p', guides: ['s/a'] }], hidden: { guides: [] } };
    const org = { organization: { name: 'Acme' }, sections: [{ id: 's', title: 'Ours' }, { id: 'n', title: 'New' }], hidden: { guides: ['s/a'] } };
    expect(mergeSiteJson(base, org)).toEqual({
      name: 'P',
      organization: { name: 'Acme', url: 'u' },
      sections: [{ id: 's', title: 'Ours' }, { id: 'n', title: 'New' }],
      paths: [{ id: 'p', guides: ['s/a'] }],
      hidden: { guides: ['s/a'] },
    });
  });
});

describe('error wording', () => {
  it('names list entries by their id', () => {
    expect(readablePath(['sections', 1, 'fields', 0, 'type'], { sections: [{ id: 'a' }, { id: 'b', fields: [{ id: 'f' }] }] })).toBe('sections[b].fields[f].type');
    expect(readablePath(['related', 0], { related: ['x'] })).toBe('related.0');
  });
  it('gives the contrast ratio and a passing shade', () => {
    expect(accentProblem('#0b6e4f')).toBeNull();
    expect(accentProblem('#ffee88')).toMatch(/has 1\.\d\d:1; the darker shade #[0-9a-f]{6} passes$/);
  });
});

describe('instrumentChangeWarnings', () => {
  it('explains what a changed scale means for people who took the instrument, and asks for a new version', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { instrumentChangeWarnings } = await import('../../../src/content/instrument-changes');
    const org = mkdtempSync(join(tmpdir(), 'org-'));
    mkdirSync(join(org, 'assessments'));
    const inst = JSON.parse(readFileSync('content/assessments/mentor-competencies.json', 'utf8'));
    inst.scale.max = 5;
    writeFileSync(join(org, 'assessments/mentor-competencies.json'), JSON.stringify(inst));
    expect(instrumentChangeWarnings('content', org)).toEqual([expect.stringMatching(/^assessments\/mentor-competencies\.json: changes the scale \(1 to 7 becomes 1 to 5\) but keeps version 1: set "version": 2\. People who took it before keep their results/)]);
    inst.version = 2;
    writeFileSync(join(org, 'assessments/mentor-competencies.json'), JSON.stringify(inst));
    expect(instrumentChangeWarnings('content', org)[0]).toMatch(/\(version 1 → 2\)\. .*"cannot be compared"/);
    rmSync(org, { recursive: true, force: true });
  });
});
