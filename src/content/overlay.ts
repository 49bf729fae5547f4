/**
 * Layers an organization's folder over the bundled content (see ./root). Files of the
 * organization's folder are added, or replace the bundled file at the same path; guides the
 * organization hides (site.json `hidden.guides`, or every guide of a `hidden.sections` entry)
 * are left out. Build time only.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readJson } from './read-json';
import { instrumentChangeWarnings } from './instrument-changes';

type Json = Record<string, unknown>;
type WithId = { id: string } & Json;

/** Entries with the organization's id replace the bundled one in place (fields merged); new ids are appended. */
function mergeById(base: unknown, org: unknown): unknown {
  if (!Array.isArray(base) || !Array.isArray(org)) return org;
  const out = (base as WithId[]).map((b) => ({ ...b, ...((org as WithId[]).find((o) => o.id === b.id) ?? {}) }));
  for (const o of org as WithId[]) if (!out.some((b) => b.id === o.id)) out.push(o);
  return out;
}

/**
 * The organization's site.json over the bundled one: objects merge key by key, `sections` and
 * `paths` merge by id, and any other value (a list of hidden ids, a colour) replaces the bundled one.
 */
export function mergeSiteJson(base: Json, org: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(org)) {
    const current = base[key];
    if (key === 'sections' || key === 'paths') out[key] = mergeById(current, value);
    else if (value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current))
      out[key] = mergeSiteJson(current as Json, value as Json);
    else out[key] = value;
  }
  return out;
}

/** Guide ids the merged configuration hides, given the guide files present. */
export function hiddenGuideIds(site: Json, guideIds: readonly string[]): Set<string> {
  const hidden = (site.hidden ?? {}) as { guides?: string[]; sections?: string[] };
  const sections = new Set(hidden.sections ?? []);
  return new Set([...(hidden.guides ?? []), ...guideIds.filter((id) => sections.has(id.split('/')[0]!))]);
}

function guideFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\\/g, '/'));
}

/** Copies `base`, then `org` over it, into `out` (emptied first); writes the merged site.json; returns `out`. */
export function mergeContentFolders(base: string, org: string, out: string): string {
  if (!existsSync(org)) throw new Error(`PLAYBOOK_ORG_DIR: the folder ${org} does not exist`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(base, out, { recursive: true });
  cpSync(org, out, { recursive: true, filter: (src) => relative(org, src) !== 'site.json' });
  const orgSite = join(org, 'site.json');
  const merged = existsSync(orgSite) ? mergeSiteJson(readJson(join(base, 'site.json'), 'site configuration') as Json, readJson(orgSite, 'site configuration') as Json) : (readJson(join(base, 'site.json'), 'site configuration') as Json);
  writeFileSync(join(out, 'site.json'), `${JSON.stringify(merged, null, 2)}\n`);
  const guides = join(out, 'guides');
  const ids = guideFiles(guides).map((f) => f.replace(/\.mdx$/, ''));
  for (const id of hiddenGuideIds(merged, ids)) rmSync(join(guides, `${id}.mdx`), { force: true });
  for (const w of instrumentChangeWarnings(base, org)) process.stderr.write(`warning: ${w}\n`);
  return out;
}
