import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractInline, importantDeclarations, insertPolicy, styleSheet } from '../../../src/lib/offline/inline-assets';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);
const run = (html: string, keep: string[] = []) => extractInline(html, { base: '/m/', hash, keepScript: (code) => keep.includes(code) });

describe('extractInline', () => {
  it('moves a classic inline script to a file, in place', () => {
    const r = run('<body><p>a</p><script>alert(1)</script><p>b</p></body>');
    expect(r.html).toBe(`<body><p>a</p><script src="/m/_astro/inline.${hash('alert(1)')}.js"></script><p>b</p></body>`);
    expect([...r.files]).toEqual([[`_astro/inline.${hash('alert(1)')}.js`, 'alert(1)']]);
  });

  it('writes neighbouring classic scripts as one file, in order', () => {
    const r = run('<script>one()</script>\n <script>two()</script><astro-island></astro-island>');
    expect(r.files.size).toBe(1);
    expect([...r.files.values()][0]).toBe('one()\n;two()');
    expect(r.html).toMatch(/^<script src="[^"]+"><\/script><astro-island><\/astro-island>$/);
  });

  it('keeps module scripts modules, and leaves scripts with src, data blocks and allowed scripts alone', () => {
    const html = '<script type="module">import "x"</script><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>boot()</script>';
    const r = run(html, ['boot()']);
    expect(r.html).toBe(`<script type="module" src="/m/_astro/inline.${hash('import "x"')}.js"></script><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>boot()</script>`);
  });

  it('moves style elements into stylesheets, unless the site already has the rule', () => {
    const r = extractInline('<style>a{color:red}</style><style>x{display:contents}</style>', { base: '/', hash, keepScript: () => false, dropStyle: (css) => css === 'x{display:contents}' });
    expect(r.html).toBe(`<link rel="stylesheet" href="/_astro/inline.${hash('a{color:red}')}.css">`);
  });

  it('turns style attributes into classes with the same declarations', () => {
    const r = run('<pre class="astro-code" style="background-color:#fff;--shiki-dark:#000" tabindex="0"><span style="color:#1F2328">x</span><img src="a.png" style="width: 2px" /></pre>');
    const pre = importantDeclarations('background-color:#fff;--shiki-dark:#000');
    expect(r.html).toBe(`<pre class="astro-code s-${hash(pre)}" tabindex="0"><span class="s-${hash('color:#1F2328!important')}">x</span><img src="a.png" class="s-${hash('width: 2px!important')}" /></pre>`);
    expect(r.styleRules.get(`s-${hash(pre)}`)).toBe('background-color:#fff!important;--shiki-dark:#000!important');
    expect(styleSheet(r.styleRules)).toContain(`.s-${hash('color:#1F2328!important')}{color:#1F2328!important}`);
  });

  it('reads quoted attribute values that hold ">" or "style=" without breaking the tag', () => {
    const html = `<astro-island props="{&quot;a&quot;:&quot;x > y style=z&quot;}" ssr></astro-island><a title='b > c' style="color:red">t</a>`;
    const r = run(html);
    expect(r.html).toBe(`<astro-island props="{&quot;a&quot;:&quot;x > y style=z&quot;}" ssr></astro-island><a title='b > c' class="s-${hash('color:red!important')}">t</a>`);
  });

  it('does not touch text, comments or script bodies that mention style attributes', () => {
    const html = '<!-- <b style="x:y"> --><p>style="color:red"</p><script src="/a.js"></script>';
    expect(run(html).html).toBe(html);
  });
});

describe('insertPolicy', () => {
  const meta = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><meta name="referrer" content="no-referrer">`;

  it('puts the policy first in a head, after the charset', () => {
    expect(insertPolicy('<!doctype html><html><head><meta charset="utf-8"><title>x</title></head>', "default-src 'self'")).toBe(`<!doctype html><html><head><meta charset="utf-8">${meta}<title>x</title></head>`);
  });

  it('puts it right after the doctype of a page without a head (a redirect page)', () => {
    expect(insertPolicy('<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/a/">', "default-src 'self'")).toBe(`<!doctype html>${meta}<title>Redirecting</title><meta http-equiv="refresh" content="0;url=/a/">`);
  });

  it('leaves a page that has a policy alone', () => {
    const html = `<head><meta http-equiv="Content-Security-Policy" content="x"></head>`;
    expect(insertPolicy(html, 'y')).toBe(html);
  });
});
