import { describe, expect, it } from 'vitest';
import { classify, isSavedPage, slashRedirect } from '../../../src/lib/offline/routes';
import { pagesCacheName, precacheName, precacheVersion, versionsToKeep } from '../../../src/lib/offline/cache-names';

const origin = 'https://example.org';
const precached = new Set(['/mentoring/', '/mentoring/tools/goal-planner/', '/mentoring/pagefind/pagefind-entry.json', '/mentoring/_astro/runtime.abc.js']);
const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('classify', () => {
  it('answers precached files from the cache, whatever their query', () => {
    expect(classify(get(`${origin}/mentoring/tools/goal-planner/`, 'navigate'), origin, '/mentoring/', precached)).toBe('precache');
    expect(classify(get(`${origin}/mentoring/pagefind/pagefind-entry.json?ts=123`), origin, '/mentoring/', precached)).toBe('precache');
    expect(classify(get(`${origin}/mentoring/_astro/runtime.abc.js`), origin, '/mentoring/', precached)).toBe('precache');
  });

  it('treats other page loads under the base as pages (network first)', () => {
    expect(classify(get(`${origin}/mentoring/guides/start-here/glossary/`, 'navigate'), origin, '/mentoring/', precached)).toBe('page');
  });

  it('leaves everything outside its base, another origin or not a GET to the browser', () => {
    expect(classify(get(`${origin}/other/`, 'navigate'), origin, '/mentoring/', precached)).toBe('outside');
    expect(classify(get(`${origin}/mentoringx/`, 'navigate'), origin, '/mentoring/', precached)).toBe('outside');
    expect(classify(get('https://elsewhere.example/mentoring/', 'navigate'), origin, '/mentoring/', precached)).toBe('outside');
    expect(classify({ url: `${origin}/mentoring/`, method: 'POST', mode: 'navigate' }, origin, '/mentoring/', precached)).toBe('outside');
    expect(classify(get('not a url'), origin, '/mentoring/', precached)).toBe('outside');
  });

  it('lets other requests under the base go to the network untouched', () => {
    expect(classify(get(`${origin}/mentoring/guides/x/picture.png`), origin, '/mentoring/', precached)).toBe('other');
  });
});

describe('isSavedPage', () => {
  it('saves guides and their index pages, in any language, under the base only', () => {
    expect(isSavedPage('/mentoring/guides/', '/mentoring/')).toBe(true);
    expect(isSavedPage('/mentoring/guides/start-here/glossary/', '/mentoring/')).toBe(true);
    expect(isSavedPage('/mentoring/fr/guides/start-here/', '/mentoring/')).toBe(true);
    expect(isSavedPage('/mentoring/tools/goal-planner/', '/mentoring/')).toBe(false);
    expect(isSavedPage('/guides/x/', '/mentoring/')).toBe(false);
    expect(isSavedPage('/mentoring/guides/x/', '/')).toBe(false);
  });
});

describe('slashRedirect', () => {
  it('sends an address without its slash to the precached page', () => {
    expect(slashRedirect('/mentoring/tools/goal-planner', precached)).toBe('/mentoring/tools/goal-planner/');
    expect(slashRedirect('/mentoring/tools/goal-planner/', precached)).toBeNull();
    expect(slashRedirect('/mentoring/tools/unknown', precached)).toBeNull();
    expect(slashRedirect('/mentoring/_astro/runtime.abc.js', precached)).toBeNull();
  });
});

describe('cache names', () => {
  it('carry the base, so two playbooks on one origin never share or delete a cache', () => {
    expect(precacheName('/', 'v1')).not.toBe(precacheName('/mentoring/', 'v1'));
    expect(pagesCacheName('/')).not.toBe(pagesCacheName('/mentoring/'));
    expect(precacheVersion(precacheName('/mentoring/', 'v1'), '/mentoring/')).toBe('v1');
    expect(precacheVersion(precacheName('/mentoring/', 'v1'), '/')).toBeNull();
    expect(precacheVersion(pagesCacheName('/'), '/')).toBeNull();
  });

  it('keeps the current version and the one before it', () => {
    expect(versionsToKeep([], 'a')).toEqual(['a']);
    expect(versionsToKeep(['a'], 'b')).toEqual(['a', 'b']);
    expect(versionsToKeep(['a', 'b'], 'c')).toEqual(['b', 'c']);
    expect(versionsToKeep(['a', 'b'], 'b')).toEqual(['a', 'b']);
    expect(versionsToKeep(['a', 'b'], 'a')).toEqual(['b', 'a']);
  });
});
