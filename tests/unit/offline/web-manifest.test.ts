import { describe, expect, it } from 'vitest';
import { iconSvg, shortName, webManifest } from '../../../src/lib/offline/web-manifest';

describe('shortName', () => {
  it('keeps whole words from the start within 12 characters', () => {
    expect(shortName('Mentoring Playbook')).toBe('Mentoring');
    expect(shortName('Open Mentoring Playbook')).toBe('Open');
    expect(shortName('Playbook')).toBe('Playbook');
    expect(shortName('ACME Mentors')).toBe('ACME Mentors');
    expect(shortName('Supercalifragilistic mentoring')).toBe('Supercalifra');
  });
});

describe('webManifest', () => {
  const m = webManifest({ name: 'Mentoring Playbook', description: 'Guides and tools.', accent: '#0b6e4f', background: '#ffffff', base: '/mentoring/' });

  it('starts and stays within the base path', () => {
    expect(m).toMatchObject({ id: '/mentoring/', start_url: '/mentoring/', scope: '/mentoring/', display: 'standalone' });
    expect(m.icons.every((i) => i.src.startsWith('/mentoring/'))).toBe(true);
  });

  it('takes its name and colours from the site configuration', () => {
    expect(m).toMatchObject({ name: 'Mentoring Playbook', short_name: 'Mentoring', theme_color: '#0b6e4f', background_color: '#ffffff' });
  });

  it('offers 192 and 512 pixel icons and a maskable one, as installing needs', () => {
    const sizes = m.icons.map((i) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });
});

describe('iconSvg', () => {
  it('draws the glyph on the accent colour, edge to edge when maskable', () => {
    expect(iconSvg('#123456')).toContain('fill="#123456"');
    expect(iconSvg('#123456')).toContain('rx="10"');
    expect(iconSvg('#123456', { maskable: true })).not.toContain('rx=');
  });
});
