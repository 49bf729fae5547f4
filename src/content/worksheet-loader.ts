/**
 * Content-layer loader for worksheet templates: every `content/worksheet/*.json`, checked
 * with `worksheetTemplateSchema`. A bad template stops the build with one line per problem,
 * each naming the file and the field ("content/worksheet/expectations.json: sections.2.fields.0.type: …").
 * Translations (issue 19) live in `content/worksheet/<lang>/<id>.json`: checked with the same
 * schema and against the English template (worksheetTranslationProblems), stored under the id
 * "<lang>/<id>". A language without its file shows the English template.
 * Build-time only (node:fs); the island never imports it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseWorksheetTemplate, worksheetTemplateSchema, worksheetTranslationProblems, type WorksheetTemplate } from './worksheet-schema';

type Read = { id: string; file: string; data: WorksheetTemplate };

/** The file as the person sees it: relative to the project when it is inside, else in full. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function readTemplate(path: string): WorksheetTemplate {
  const file = shown(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`Invalid worksheet template:\n${file}: (root): not valid JSON: ${(e as Error).message}`);
  }
  return parseWorksheetTemplate(raw, file);
}

/** Reads and checks every template in `dir`; throws an error naming the file and field on the first bad one. */
export function readWorksheetTemplates(dir: string): Read[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = shown(path);
      const data = readTemplate(path);
      if (data.id !== basename(name, '.json'))
        throw new Error(`Invalid worksheet template:\n${file}: id: must equal the file name ("${basename(name, '.json')}"), not "${data.id}"`);
      return { id: data.id, file: path, data };
    });
}

/** Language folders of `dir` ("es"): two or three lower-case letters, optionally a region ("pt-br"). */
function languageDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2,3}(?:-[a-z0-9]+)?$/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/**
 * Every translated template in `dir`/<lang>/, each checked against its English template in `english`;
 * ids are "<lang>/<template id>". Throws, naming the file and the field, on the first that does not fit.
 */
export function readWorksheetTranslations(dir: string, english: readonly Read[]): Read[] {
  return languageDirs(dir).flatMap((lang) =>
    readdirSync(join(dir, lang))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => {
        const path = join(dir, lang, name);
        const file = shown(path);
        const original = english.find((t) => t.id === basename(name, '.json'));
        if (!original) throw new Error(`Invalid worksheet template:\n${file}: translates no template: there is no ${shown(join(dir, name))}`);
        const data = readTemplate(path);
        const problems = worksheetTranslationProblems(file, original.data, data, shown(original.file));
        if (problems.length) throw new Error(`A translated worksheet template does not match the English one:\n${problems.join('\n')}`);
        return { id: `${lang}/${original.id}`, file: path, data };
      }),
  );
}

export function worksheetLoader(dir: string): Loader {
  return {
    name: 'worksheet-templates',
    schema: worksheetTemplateSchema,
    async load({ store, parseData, generateDigest, watcher, logger, config }) {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        const english = readWorksheetTemplates(dir);
        for (const t of [...english, ...readWorksheetTranslations(dir, english)]) {
          const filePath = relative(root, t.file);
          const data = await parseData({ id: t.id, data: t.data as unknown as Record<string, unknown>, filePath });
          store.set({ id: t.id, data, filePath, digest: generateDigest(data) });
        }
      };
      await sync();
      // In dev, reload when a template changes (and report a bad edit instead of crashing the server).
      watcher?.add(dir);
      watcher?.on('change', (path) => {
        if (path.startsWith(dir)) sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}
