/**
 * The home page's reading paths keep their promises: the mentor path covers every competency of
 * the mentor self-assessment, and the organization path covers the six standards of practice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const site = JSON.parse(readFileSync('content/site.json', 'utf8')) as { paths: { id: string; guides: string[] }[] };
const competencies = JSON.parse(readFileSync('content/assessments/mentor-competencies.json', 'utf8')) as { domains: { id: string; guides: string[] }[] };
const path = (id: string) => site.paths.find((p) => p.id === id)?.guides ?? [];

describe('the reading paths in content/site.json', () => {
  it('lists only guides that exist, each once', () => {
    for (const p of site.paths) {
      expect(p.guides.filter((g) => !existsSync(`content/guides/${g}.mdx`)), p.id).toEqual([]);
      expect(new Set(p.guides).size, p.id).toBe(p.guides.length);
    }
  });

  it('takes a mentor through a guide for each of the six competencies', () => {
    const mentor = path('mentor');
    expect(competencies.domains).toHaveLength(6);
    const uncovered = competencies.domains.filter((d) => !d.guides.some((g) => mentor.includes(g))).map((d) => d.id);
    expect(uncovered).toEqual([]);
  });

  it('takes a program through recruiting and screening, training, matching, monitoring and support, and closure', () => {
    const organization = path('organization');
    for (const g of ['for-organizations/recruiting-and-screening', 'for-organizations/training', 'for-organizations/matching', 'for-organizations/monitoring-and-support', 'for-organizations/closure'])
      expect(organization, g).toContain(g);
  });
});
