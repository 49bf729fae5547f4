/**
 * Every message the code asks for by a literal key exists in the English messages, which every
 * other language is checked against at build time: a key typed wrong, or a message never written,
 * would otherwise throw only when a person reaches that screen ("no message … in en").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishFileMessages } from '../../support/messages';

const KEY = String.raw`['"]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"]`;
/** t('a.b'), i.t('a.b'), tr.t(…), has('a.b'), and <Message k="a.b">. */
const USES = [new RegExp(String.raw`\b(?:t|has)\(\s*${KEY}`, 'g'), new RegExp(String.raw`\bk=${KEY}`, 'g')];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(tsx?|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('message keys named in the code', () => {
  const english = englishFileMessages();
  const used = sources('src').flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return USES.flatMap((re) => [...text.matchAll(re)].map((m) => ({ key: m[1]!, file })));
  });

  it('are found in the source (the scan itself works)', () => {
    expect(used.length).toBeGreaterThan(500);
  });

  it('all exist in the English messages', () => {
    const missing = used.filter((u) => !(u.key in english)).map((u) => `${u.file}: ${u.key}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
