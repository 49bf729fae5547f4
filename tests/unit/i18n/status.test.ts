/** `npm run i18n:status -- <lang>`: the keys and guides a language still lacks, on a made-up content folder. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-status-'));
  const write = (path: string, value: unknown) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value));
  };
  write('i18n/en.json', { language: 'en', name: 'English', fallback: null, messages: { 'nav.home': 'Home', 'nav.guides': 'Guides' } });
  write('i18n/en/tool.json', { 'tool.save': 'Save', 'tool.cancel': 'Cancel' });
  write('i18n/fr.json', { language: 'fr', name: 'Français', fallback: 'en', messages: { 'nav.home': 'Accueil', 'nav.old': 'Ancien' } });
  for (const id of ['start/one', 'start/two', 'more/three']) write(`guides/${id}.mdx`, '---\ntitle: x\n---\n');
  write('guides/fr/start/one.mdx', '---\ntitle: x\n---\n');
  return dir;
}

const run = (dir: string, lang: string) => execFileSync(process.execPath, ['scripts/i18n-status.mjs', lang, '--content', dir], { encoding: 'utf8' });

describe('i18n:status', () => {
  it('lists untranslated keys by file, keys English lacks, and untranslated guides', () => {
    const out = run(folder(), 'fr');
    expect(out).toContain('Messages: 1 of 4 translated into "fr".');
    expect(out).toContain('fr.json: 1 untranslated: nav.guides');
    expect(out).toContain('fr/tool.json: missing (2 messages to translate; copy en/tool.json)');
    expect(out).toContain('fr.json: "nav.old" is not an English key (remove it)');
    expect(out).toContain('Guides: 1 of 3 translated');
    expect(out).toMatch(/\n {2}more\/three\n {2}start\/two\n/);
    expect(out).not.toMatch(/\n {2}start\/one\n/);
  });

  it('asks for a language code', () => {
    expect(() => run(folder(), '--nothing')).toThrow(/Usage: npm run i18n:status/);
  });
});
