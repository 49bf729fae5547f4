/** Loads the guides collection once per build, checked and in navigation order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from './site-config';
import { collectionProblems, readingMinutes, sortGuides, type GuideSummary } from './guides';

export type GuideEntry = CollectionEntry<'guides'>;
export type Guide = GuideSummary & { entry: GuideEntry; updated: Date };

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
    entry,
  };
}

async function load(): Promise<Guide[]> {
  const entries = await getCollection('guides');
  const guides = entries.map(summarise);
  const problems = collectionProblems(guides, (id) => entries.find((e) => e.id === id)?.filePath ?? id);
  if (problems.length) throw new Error(`The guides have problems:\n${problems.join('\n')}`);
  return sortGuides(guides, site.sections);
}

export function getGuides(): Promise<Guide[]> {
  cache ??= load();
  return cache;
}

export async function guideById(id: string): Promise<Guide> {
  const guide = (await getGuides()).find((g) => g.id === id);
  if (!guide) throw new Error(`content/site.json: paths: no guide has the id "${id}"`);
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
