/**
 * Loads the messages of every enabled language (issue 19). A language is
 *  - content/i18n/<lang>.json: its name, whether it falls back to English, the page chrome;
 *  - content/i18n/<lang>/<area>.json: `{ "<area>.<key>": message }` for one area of the tools
 *    (goalPlanner.json holds the keys "goalPlanner.…"), so each tool's text is a file of its own.
 * Each file is read from the content folder, else from the files bundled with the playbook (so an
 * organization folder needs files only for a language of its own). Checked once per build
 * against English; every problem names the file and the key.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { translator, type Message, type Translator } from '../lib/i18n/format';
import { checkMessagesFile, compareWithReference, REFERENCE_LANGUAGE, type MessagesFile } from './i18n-check';
import { displayPath, readJson } from './read-json';
import { contentRoot } from './root';
import { site } from './site-config';

export interface Language {
  code: string;
  /** The language's own name ("Español"), for the switcher. */
  name: string;
  file: MessagesFile;
  translator: Translator;
}

/** One file of a language: "" for <lang>.json, else the area. */
interface Part {
  area: string;
  path: string;
  file: MessagesFile;
}

const own = (...p: string[]) => join(contentRoot(), 'i18n', ...p);
const bundled = (...p: string[]) => resolve('content', 'i18n', ...p);
const pick = (...p: string[]) => (existsSync(own(...p)) ? own(...p) : bundled(...p));

function areaFiles(lang: string): string[] {
  const names = new Set<string>();
  for (const dir of [own(lang), bundled(lang)]) if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.json')) names.add(f);
  return [...names].sort().map((f) => pick(lang, f));
}

function readParts(lang: string, problems: string[]): Part[] | undefined {
  const main = pick(`${lang}.json`);
  if (!existsSync(main)) {
    problems.push(`${displayPath(main)}: missing: languages.enabled in site.json lists "${lang}", so its messages file must exist (copy content/i18n/en.json and the folder content/i18n/en/, and translate them)`);
    return undefined;
  }
  const checked = checkMessagesFile(readJson(main, 'messages file'), displayPath(main), lang);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return undefined;
  }
  const parts: Part[] = [{ area: '', path: main, file: checked.file }];
  for (const path of areaFiles(lang)) {
    const area = basename(path, '.json');
    const raw = readJson(path, 'messages file');
    const shown = displayPath(path);
    const wrapped = { language: lang, name: checked.file.name, fallback: checked.file.fallback, messages: raw };
    const part = checkMessagesFile(wrapped, shown, lang);
    if (!part.ok) {
      problems.push(...part.problems);
      continue;
    }
    const stray = Object.keys(part.file.messages).filter((k) => !k.startsWith(`${area}.`));
    for (const k of stray) problems.push(`${shown}: messages."${k}": a key of ${area}.json starts with "${area}."`);
    parts.push({ area, path, file: part.file });
  }
  return parts;
}

function merge(parts: Part[]): MessagesFile {
  const messages: Record<string, Message> = {};
  for (const p of parts) Object.assign(messages, p.file.messages);
  return { ...parts[0]!.file, messages };
}

function load(): Map<string, Language> {
  const problems: string[] = [];
  const reference = readParts(REFERENCE_LANGUAGE, problems);
  const languages = new Map<string, Language>();
  if (reference)
    for (const code of site.languages.enabled) {
      const parts = code === REFERENCE_LANGUAGE ? reference : readParts(code, problems);
      if (!parts) continue;
      const fallback = parts[0]!.file.fallback;
      if (code !== REFERENCE_LANGUAGE)
        for (const ref of reference) {
          const part = parts.find((p) => p.area === ref.area);
          const expected = ref.area ? pick(code, `${ref.area}.json`) : pick(`${code}.json`);
          if (!part && !fallback) problems.push(`${displayPath(expected)}: missing: ${displayPath(ref.path)} has ${Object.keys(ref.file.messages).length} messages to translate (or set "fallback": "en" in ${code}.json)`);
          else if (part) problems.push(...compareWithReference(part.file, displayPath(part.path), ref.file, displayPath(ref.path)));
        }
      for (const part of parts) if (part.area && !reference.some((r) => r.area === part.area)) problems.push(`${displayPath(part.path)}: English has no ${part.area}.json (a typo in the file name?)`);
      const file = merge(parts);
      languages.set(code, { code, name: file.name, file, translator: translator(code, file.messages, fallback ? merge(reference).messages : {}) });
    }
  if (problems.length) throw new Error(`The messages files have problems:\n${problems.join('\n')}`);
  return languages;
}

let cache: Map<string, Language> | undefined;

/** Every enabled language, the default first. */
export function loadLanguages(): Map<string, Language> {
  cache ??= load();
  return cache;
}

/** Every English message (the reference), merged: for tests and scripts. */
export function englishMessages(): Record<string, Message> {
  const problems: string[] = [];
  const parts = readParts(REFERENCE_LANGUAGE, problems);
  if (!parts) throw new Error(problems.join('\n'));
  return merge(parts).messages;
}
