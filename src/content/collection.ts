/**
 * Loads the guides collection once per build, checked and in navigation order.
 * Hidden guides (site.json) and, outside `npm run dev`, drafts are left out; unlisted guides
 * are built (getBuiltGuides) but kept out of navigation (getGuides).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from './site-config';
import { collectionProblems, readingMinutes, sortGuides, type GuideSummary } from './guides';
import { isHiddenGuide } from './hidden';
import { splitGuidePath } from './guide-files';
import { DEFAULT_LANGUAGE } from './page-language';

export type GuideEntry = CollectionEntry<'guides'> | CollectionEntry<'translations'>;
/** `lang`: the language the guide's text is in; `translated`: false when a language shows the default language's page. */
export type Guide = GuideSummary & { entry: GuideEntry; updated: Date; unlisted: boolean; lang: string; translated: boolean };

let cache: Promise<Guide[]> | undefined;

function summarise(entry: GuideEntry, lang = DEFAULT_LANGUAGE): Guide {
  const d = entry.data;
  return {
    id: entry.id,
    lang,
    translated: true,
    section: d.section,
    order: d.order,
    title: d.title,
    description: d.description,
    audience: d.audience,
    minutes: d.minutes ?? readingMinutes(entry.body ?? ''),
    related: d.related,
    tools: d.tools,
    updated: d.updated,
    unlisted: d.unlisted,
    entry,
  };
}

async function load(): Promise<Guide[]> {
  const entries = (await getCollection('guides')).filter((e) => !isHiddenGuide(e.id, site) && (import.meta.env.DEV || !e.data.draft));
  const built = new Set(entries.map((e) => e.id));
  // A related guide that is hidden, or a draft in this build, is simply not shown.
  const guides = entries.map((e) => summarise(e)).map((g) => ({ ...g, related: g.related.filter((id) => built.has(id)) }));
  const problems = collectionProblems(guides, (id) => entries.find((e) => e.id === id)?.filePath ?? id);
  if (problems.length) throw new Error(`The guides have problems:\n${problems.join('\n')}`);
  return sortGuides(guides, site.sections);
}

const translated = new Map<string, Promise<Guide[]>>();

/**
 * The guides in `lang`: every default-language guide, in the same order and sections, with the
 * translation's title, description and body where one exists (`translated: false` otherwise).
 * A translation of no guide fails the build, naming the file.
 */
async function loadTranslated(lang: string): Promise<Guide[]> {
  const guides = await getBuiltGuides();
  const byId = new Map<string, GuideEntry>();
  const problems: string[] = [];
  for (const entry of await getCollection('translations')) {
    const { lang: code, id } = splitGuidePath(entry.id);
    // Another language's translations, or a language this playbook has not turned on, are left alone.
    if (code !== lang) continue;
    if (!guides.some((g) => g.id === id) && !isHiddenGuide(id, site) && (import.meta.env.DEV || !entry.data.draft))
      problems.push(`${entry.filePath ?? entry.id}: translates no guide: content/guides/${id}.mdx does not exist (name the file after the guide it translates)`);
    else if (entry.data.section !== id.split('/')[0]) problems.push(`${entry.filePath ?? entry.id}: section: says "${entry.data.section}" but the guide it translates is in "${id.split('/')[0]}"`);
    else byId.set(id, entry);
  }
  if (problems.length) throw new Error(`The translated guides have problems:\n${problems.join('\n')}`);
  return guides.map((g) => {
    const entry = byId.get(g.id);
    if (!entry || (!import.meta.env.DEV && entry.data.draft)) return { ...g, lang: DEFAULT_LANGUAGE, translated: false };
    const t = summarise(entry, lang);
    return { ...g, title: t.title, description: t.description, minutes: t.minutes, updated: t.updated, entry, lang, translated: true };
  });
}

/** Every guide that gets a page, unlisted ones included; in `lang`, untranslated ones as they are. */
export function getBuiltGuides(lang = DEFAULT_LANGUAGE): Promise<Guide[]> {
  if (lang !== DEFAULT_LANGUAGE) {
    let hit = translated.get(lang);
    if (!hit) translated.set(lang, (hit = loadTranslated(lang)));
    return hit;
  }
  cache ??= load();
  return cache;
}

/** The guides navigation, search and the home page list. */
export async function getGuides(lang = DEFAULT_LANGUAGE): Promise<Guide[]> {
  return (await getBuiltGuides(lang)).filter((g) => !g.unlisted);
}

export async function guideById(id: string, lang = DEFAULT_LANGUAGE): Promise<Guide> {
  const guide = (await getBuiltGuides(lang)).find((g) => g.id === id);
  if (!guide) throw new Error(`site.json: paths: no guide has the id "${id}"`);
  return guide;
}

/**
 * Guides to show beside a tool: the preferred ids that exist (an organization may
 * have removed some), then other guides that list the tool, up to `limit`.
 */
export async function guidesForTool(tool: string, preferred: readonly string[], limit = 5, lang = DEFAULT_LANGUAGE): Promise<Guide[]> {
  const all = await getGuides(lang);
  const chosen = preferred.map((id) => all.find((g) => g.id === id)).filter((g): g is Guide => Boolean(g));
  const more = all.filter((g) => g.tools.includes(tool) && !chosen.includes(g));
  return [...chosen, ...more].slice(0, limit);
}
