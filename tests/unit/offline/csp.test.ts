import { describe, expect, it } from 'vitest';
import { buildPolicy, netlifyHeaders, nginxHeaders, parsePolicy } from '../../../src/lib/offline/csp';

describe('buildPolicy', () => {
  it('allows scripts and styles from the site only, plus the given hashes', () => {
    const p = parsePolicy(buildPolicy({ scriptHashes: ['sha256-abc='] }));
    expect(p.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(p.get('style-src')).toEqual(["'self'"]);
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'none'"]);
    expect(p.get('form-action')).toEqual(["'self'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('worker-src')).toEqual(["'self'"]);
  });

  it('never allows inline code or eval', () => {
    const policy = buildPolicy({ scriptHashes: ['sha256-x='], wasm: true, header: true });
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  });

  it("adds 'wasm-unsafe-eval' only when asked (Pagefind's WebAssembly)", () => {
    expect(parsePolicy(buildPolicy()).get('script-src')).not.toContain("'wasm-unsafe-eval'");
    expect(parsePolicy(buildPolicy({ wasm: true })).get('script-src')).toContain("'wasm-unsafe-eval'");
  });

  it('puts frame-ancestors in the header policy only (a meta element cannot carry it)', () => {
    expect(parsePolicy(buildPolicy()).has('frame-ancestors')).toBe(false);
    expect(parsePolicy(buildPolicy({ header: true })).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('header files', () => {
  const policy = buildPolicy({ header: true });

  it('a _headers file covers every path under the base and revalidates sw.js', () => {
    const text = netlifyHeaders('/mentoring/', policy);
    expect(text).toContain(`/mentoring/*\n  Content-Security-Policy: ${policy}\n`);
    expect(text).toContain('  Referrer-Policy: no-referrer');
    expect(text).toContain('  X-Content-Type-Options: nosniff');
    expect(text).toMatch(/ {2}Permissions-Policy: camera=\(\)/);
    expect(text).toContain('/mentoring/sw.js\n  Cache-Control: no-cache');
    expect(text).toContain('/mentoring/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('an nginx snippet adds the same headers on every response', () => {
    const text = nginxHeaders('/', policy);
    expect(text).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(text).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(text).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});
