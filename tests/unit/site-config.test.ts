import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig, site } from '../../src/content/site-config';
import { accentForDark, contrast, parseHex } from '../../src/lib/color';
import { normaliseBase, url } from '../../src/lib/paths';

const real = JSON.parse(readFileSync('content/site.json', 'utf8'));

describe('site configuration', () => {
  it('loads content/site.json with sections in navigation order', () => {
    expect(site.sections.map((s) => s.id)).toEqual(real.sections.map((s: { id: string }) => s.id));
    expect(site.paths.map((p) => p.title)).toEqual(real.paths.map((p: { title: string }) => p.title));
  });
  it('rejects an accent colour too light for white text, naming the file and field', () => {
    expect(() => parseSiteConfig({ ...real, accentColor: '#ffee88' })).toThrow(
      /content\/site\.json: accentColor: is too light: it needs a contrast of at least 4\.5:1 with white text, and #ffee88 has 1\.\d\d:1; the darker shade #[0-9a-f]{6} passes/,
    );
    expect(() => parseSiteConfig({ ...real, accentColor: 'green' })).toThrow('accentColor: "green" must be a colour written as #rrggbb');
  });
  it('rejects duplicate section ids and a bad contact link', () => {
    expect(() => parseSiteConfig({ ...real, sections: [real.sections[0], real.sections[0]] })).toThrow(/sections\[start-here\]\.id: duplicate section id "start-here"/);
    expect(() => parseSiteConfig({ ...real, organization: { ...real.organization, contact: 'call us' } })).toThrow(
      'organization.contact: must be a mailto: link or an http(s) URL',
    );
  });
});

describe('colour', () => {
  it('computes WCAG contrast', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#767676')!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
  });
  it('lightens the accent for dark backgrounds to at least 4.5:1', () => {
    const bg: [number, number, number] = [18, 21, 20];
    const dark = accentForDark(parseHex('#0b6e4f')!, bg);
    expect(contrast(dark, bg)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('paths', () => {
  it('normalises any base to leading and trailing slashes', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('mentoring')).toBe('/mentoring/');
    expect(normaliseBase('/mentoring/')).toBe('/mentoring/');
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
  });
  it('joins paths onto the base once', () => {
    expect(url('/guides/x/', '/mentoring/')).toBe('/mentoring/guides/x/');
    expect(url('', '/mentoring/')).toBe('/mentoring/');
    expect(url('search/', '/')).toBe('/search/');
  });
});
