#!/usr/bin/env node
/**
 * What is still untranslated in a language (issue 19): `npm run i18n:status -- es`.
 * Lists, per messages file, the English keys the language lacks (and keys English no longer has),
 * then the guides with no translation under content/guides/<lang>/. Exit code 0 either way: it is
 * a to-do list, not a check (the build fails on missing keys unless the language falls back).
 * Options: --content <folder> (default: content, or PLAYBOOK_CONTENT_DIR).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--content');
const content = at >= 0 ? args[at + 1] : process.env.PLAYBOOK_CONTENT_DIR || 'content';
const lang = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--content');
if (!lang || !/^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(lang)) {
  console.error('Usage: npm run i18n:status -- <language code>   e.g. npm run i18n:status -- es');
  process.exit(2);
}

const i18n = join(content, 'i18n');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
/** [file name as shown, messages] for each messages file of a language. */
function files(code) {
  const out = [];
  const main = join(i18n, `${code}.json`);
  if (existsSync(main)) out.push([`${code}.json`, readJson(main).messages ?? {}]);
  const dir = join(i18n, code);
  if (existsSync(dir)) for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) out.push([`${code}/${f}`, readJson(join(dir, f))]);
  return out;
}

export function untranslated(english, local) {
  const lines = [];
  let missing = 0;
  for (const [name, messages] of english) {
    const own = local.find(([n]) => n === name.replace(/^en(?=[./])/, lang))?.[1];
    const keys = Object.keys(messages).filter((k) => !own || !(k in own));
    missing += keys.length;
    if (!own) lines.push(`  ${name.replace(/^en(?=[./])/, lang)}: missing (${keys.length} messages to translate; copy ${name})`);
    else if (keys.length) lines.push(`  ${name.replace(/^en(?=[./])/, lang)}: ${keys.length} untranslated: ${keys.join(', ')}`);
    if (own) for (const k of Object.keys(own).filter((k) => !(k in messages))) lines.push(`  ${name.replace(/^en(?=[./])/, lang)}: "${k}" is not an English key (remove it)`);
  }
  return { lines, missing };
}

function guideIds(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.mdx') && f.split('/').length === 2)
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

const english = files('en');
const local = files(lang);
const total = english.reduce((n, [, m]) => n + Object.keys(m).length, 0);
const { lines, missing } = untranslated(english, local);
console.log(`Messages: ${total - missing} of ${total} translated into "${lang}".`);
for (const l of lines) console.log(l);

const guides = join(content, 'guides');
const originals = guideIds(guides).filter((id) => !/^[a-z]{2,3}(?:-[a-z]{2})?\//i.test(id));
const translated = new Set(guideIds(join(guides, lang)));
const todo = originals.filter((id) => !translated.has(id));
console.log(`Guides: ${originals.length - todo.length} of ${originals.length} translated (content/${relative(content, join(guides, lang))}/).`);
for (const id of todo) console.log(`  ${id}`);
