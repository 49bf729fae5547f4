import { describe, expect, it } from 'vitest';
import { UPDATE_MESSAGE } from '../../../src/lib/offline/config';
import { headScript } from '../../../src/lib/offline/head-script';

describe('headScript', () => {
  it('reads the theme under a key namespaced by the base', () => {
    expect(headScript({ base: '/mentoring/', serviceWorker: false })).toContain('"playbook:/mentoring/:theme"');
  });

  it('registers the service worker at the base, scoped to it, after the page has loaded', () => {
    const code = headScript({ base: '/mentoring/', serviceWorker: true });
    expect(code).toContain('sw="/mentoring/sw.js"');
    expect(code).toContain('base="/mentoring/"');
    expect(code).toMatch(/addEventListener\('load',\(\)=>s\.register\(sw,\{scope:base\}\)/);
  });

  it('loads the update notice only when the worker says a new version is waiting', () => {
    const code = headScript({ base: '/mentoring/', serviceWorker: true });
    expect(code).toContain('notice="/mentoring/sw-update.js"');
    expect(code).toContain(`s.onmessage=e=>e.data==="${UPDATE_MESSAGE}"&&import(notice)`);
  });

  it('has no service worker without one (astro dev)', () => {
    expect(headScript({ base: '/', serviceWorker: false })).not.toContain('serviceWorker');
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(headScript({ base: '/', serviceWorker: true }))).not.toThrow();
  });
});
