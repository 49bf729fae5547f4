/**
 * Loads the guides collection once per build, checked and in navigation order.
 * Hidden guides (site.json) and, outside `npm run dev`, drafts are left out; unlisted guides
 * are built (getBuiltGuides) but kept out of navigation (getGuides).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from './site-config';
import { collectionProblems, readingMinutes, sortGuides, type GuideSummary } from './guides';
import { isHiddenGuide } from './hidden';

export type GuideEntry = CollectionEntry<'guides'>;
export type Guide = GuideSummary & { entry: GuideEntry; updated: Date; unlisted: boolean };

let cache: Promise<Guide[]> | undefined;

function summarise(entry: GuideEntry): Guide {
  const d = entry.data;
  return {
    id: entry.id,
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
  const guides = entries.map(summarise).map((g) => ({ ...g, related: g.related.filter((id) => built.has(id)) }));
  const problems = collectionProblems(guides, (id) => entries.find((e) => e.id === id)?.filePath ?? id);
  if (problems.length) throw new Error(`The guides have problems:\n${problems.join('\n')}`);
  return sortGuides(guides, site.sections);
}

/** Every guide that gets a page, unlisted ones included. */
export function getBuiltGuides(): Promise<Guide[]> {
  cache ??= load();
  return cache;
}

/** The guides navigation, search and the home page list. */
export async function getGuides(): Promise<Guide[]> {
  return (await getBuiltGuides()).filter((g) => !g.unlisted);
}

export async function guideById(id: string): Promise<Guide> {
  const guide = (await getBuiltGuides()).find((g) => g.id === id);
  if (!guide) throw new Error(`site.json: paths: no guide has the id "${id}"`);
  return guide;
}

/**
 * Guides to show beside a tool: the preferred ids that exist (an organization may
 * have removed some), then other guides that list the tool, up to `limit`.
 */
export async function guidesForTool(tool: string, preferred: readonly string[], limit = 5): Promise<Guide[]> {
  const all = await getGuides();
  const chosen = preferred.map((id) => all.find((g) => g.id === id)).filter((g): g is Guide => Boolean(g));
  const more = all.filter((g) => g.tools.includes(tool) && !chosen.includes(g));
  return [...chosen, ...more].slice(0, limit);
}
