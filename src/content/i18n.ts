/**
 * Loads the messages of every enabled language (issue 19): content/i18n/<lang>.json of the
 * content folder, else the file bundled with the playbook (so an organization folder needs one
 * only for a language of its own). Checked once per build; every problem names file and key.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { translator, type Translator } from '../lib/i18n/format';
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

function messagesPath(lang: string): string {
  const own = join(contentRoot(), 'i18n', `${lang}.json`);
  return existsSync(own) ? own : resolve('content', 'i18n', `${lang}.json`);
}

function readMessages(lang: string, problems: string[]): { file: MessagesFile; path: string } | undefined {
  const path = messagesPath(lang);
  if (!existsSync(path)) {
    problems.push(`${displayPath(path)}: missing: languages.enabled in site.json lists "${lang}", so its messages file must exist (copy content/i18n/en.json and translate it)`);
    return undefined;
  }
  const checked = checkMessagesFile(readJson(path, 'messages file'), displayPath(path), lang);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return undefined;
  }
  return { file: checked.file, path };
}

function load(): Map<string, Language> {
  const problems: string[] = [];
  const reference = readMessages(REFERENCE_LANGUAGE, problems);
  const languages = new Map<string, Language>();
  if (reference)
    for (const code of site.languages.enabled) {
      const read = code === REFERENCE_LANGUAGE ? reference : readMessages(code, problems);
      if (!read) continue;
      if (code !== REFERENCE_LANGUAGE) problems.push(...compareWithReference(read.file, displayPath(read.path), reference.file, displayPath(reference.path)));
      const fallback = read.file.fallback ? reference.file.messages : {};
      languages.set(code, { code, name: read.file.name, file: read.file, translator: translator(code, read.file.messages, fallback) });
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
