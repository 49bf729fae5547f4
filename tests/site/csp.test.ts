/**
 * Every built page carries the strict Content Security Policy in a meta element, before anything
 * it governs, and holds nothing inline that the policy would block: no script without a src
 * unless its hash is in the policy, no <style>, no style attribute, no event-handler attribute,
 * no javascript: URL. The header files for hosts carry the same policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/offline/csp';
import { VARIANTS } from '../support/dist';
import { decode, pages } from '../support/html';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Tags with their attributes, skipping script and style bodies (quoted values may hold ">"). */
const TAGS = /<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<[a-zA-Z][\w:.-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

describe.each(VARIANTS)('Content Security Policy ($name build)', (variant) => {
  const all = pages(variant.dir, variant.base);

  it('is in a meta element at the top of every page, strict', () => {
    const problems: string[] = [];
    for (const p of all) {
      // Before anything it governs (pages without the site's layout, such as redirects, have no <head> tag).
      const head = p.html.slice(0, Math.max(0, p.html.search(/<body\b/i)));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(head);
      const firstGoverned = head.search(/<(script|link|style|base|img)\b/i);
      if (!meta || (firstGoverned >= 0 && meta.index > firstGoverned)) {
        problems.push(`${p.path}: no policy in the head before the first script, link or style`);
        continue;
      }
      const policy = parsePolicy(decode(meta[1]!));
      const expect1 = (name: string, sources: string[]) => {
        if (JSON.stringify(policy.get(name)) !== JSON.stringify(sources)) problems.push(`${p.path}: ${name} is ${policy.get(name)?.join(' ')}`);
      };
      expect1('default-src', ["'self'"]);
      expect1('style-src', ["'self'"]);
      expect1('object-src', ["'none'"]);
      expect1('base-uri', ["'none'"]);
      expect1('form-action', ["'self'"]);
      expect1('connect-src', ["'self'"]);
      expect1('worker-src', ["'self'"]);
      const script = policy.get('script-src') ?? [];
      if (script[0] !== "'self'" || script.slice(1).some((s) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s) && s !== "'wasm-unsafe-eval'")) problems.push(`${p.path}: script-src is ${script.join(' ')}`);
      if (script.includes("'wasm-unsafe-eval'") !== p.path.endsWith('/search/')) problems.push(`${p.path}: 'wasm-unsafe-eval' belongs to the search page only`);
      if ([...policy.values()].flat().some((s) => ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*'].includes(s))) problems.push(`${p.path}: allows unsafe code`);
      if (!/<meta name="referrer" content="no-referrer">/.test(head)) problems.push(`${p.path}: no referrer policy`);
    }
    expect(problems).toEqual([]);
  });

  it('blocks nothing the page needs: no inline script it does not allow by hash, no inline style or handler', () => {
    const problems: string[] = [];
    for (const p of all) {
      const policy = parsePolicy(decode(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(p.html)?.[1] ?? ''));
      const allowed = new Set(policy.get('script-src') ?? []);
      for (const [tag] of p.html.matchAll(TAGS)) {
        const script = /^<script\b([^>]*)>([\s\S]*?)<\/script>$/.exec(tag);
        if (script) {
          const [, attrs, body] = script;
          if (!/\ssrc="/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!) && !allowed.has(sha256(body!))) problems.push(`${p.path}: inline script not allowed by the policy: ${body!.slice(0, 60)}`);
          continue;
        }
        if (/^<style\b/.test(tag)) problems.push(`${p.path}: inline <style>: ${tag.slice(0, 60)}`);
        else {
          if (/\sstyle\s*=/i.test(tag.replace(/"[^"]*"|'[^']*'/g, '""'))) problems.push(`${p.path}: style attribute: ${tag.slice(0, 80)}`);
          const handler = /\s(on[a-z]+)\s*=/i.exec(tag.replace(/"[^"]*"|'[^']*'/g, '""'));
          if (handler) problems.push(`${p.path}: event handler attribute ${handler[1]}: ${tag.slice(0, 80)}`);
          if (/\s(href|src|action|formaction)="\s*javascript:/i.test(tag)) problems.push(`${p.path}: javascript: URL: ${tag.slice(0, 80)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('ships the same policy, with frame-ancestors, in header files for hosts that read them', () => {
    const home = all.find((p) => p.path === variant.base)!;
    const metaPolicy = decode(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(home.html)![1]!);
    const headers = readFileSync(join(variant.dir, '_headers'), 'utf8');
    const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
    const parsed = parsePolicy(policy);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsed.get('script-src')).toContain("'wasm-unsafe-eval'");
    for (const [name, sources] of parsePolicy(metaPolicy)) for (const s of sources) expect(parsed.get(name), name).toContain(s);
    expect(headers.startsWith(`${variant.base}*\n`)).toBe(true);
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Permissions-Policy: ');
    expect(readFileSync(join(variant.dir, 'security-headers.nginx.conf'), 'utf8')).toContain(`add_header Content-Security-Policy "${policy}" always;`);
  });
});
