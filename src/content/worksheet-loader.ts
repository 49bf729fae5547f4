/**
 * Content-layer loader for worksheet templates: every `content/worksheet/*.json`, checked
 * with `worksheetTemplateSchema`. A bad template stops the build with one line per problem,
 * each naming the file and the field ("content/worksheet/expectations.json: sections.2.fields.0.type: …").
 * Build-time only (node:fs); the island never imports it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseWorksheetTemplate, worksheetTemplateSchema } from './worksheet-schema';

/** Reads and checks every template in `dir`; throws an error naming the file and field on the first bad one. */
export function readWorksheetTemplates(dir: string): { id: string; file: string; data: ReturnType<typeof parseWorksheetTemplate> }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      // Name the file as the person sees it: relative to the project when it is inside, else in full.
      const rel = relative(process.cwd(), path);
      const file = rel && !rel.startsWith('..') ? rel : path;
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new Error(`Invalid worksheet template:\n${file}: (root): not valid JSON: ${(e as Error).message}`);
      }
      const data = parseWorksheetTemplate(raw, file);
      if (data.id !== basename(name, '.json'))
        throw new Error(`Invalid worksheet template:\n${file}: id: must equal the file name ("${basename(name, '.json')}"), not "${data.id}"`);
      return { id: data.id, file: path, data };
    });
}

export function worksheetLoader(dir: string): Loader {
  return {
    name: 'worksheet-templates',
    schema: worksheetTemplateSchema,
    async load({ store, parseData, generateDigest, watcher, logger, config }) {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        for (const t of readWorksheetTemplates(dir)) {
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
