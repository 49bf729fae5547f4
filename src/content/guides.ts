/** Pure logic over the guide list: ordering, navigation, reading time, checks. */

export interface GuideSummary {
  id: string;
  section: string;
  order: number;
  title: string;
  description: string;
  audience: readonly string[];
  minutes: number;
  related: readonly string[];
  tools: readonly string[];
}

export interface SectionRef {
  id: string;
  title: string;
}

export const WORDS_PER_MINUTE = 200;

/** Words a reader reads in an MDX body: code fences, tags, link targets and markup are not words. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`|[\]-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read a body, rounded up, at least one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(countWords(mdx) / WORDS_PER_MINUTE));
}

/** Guides in navigation order: by section (as configured), then order, then title. */
export function sortGuides<T extends Pick<GuideSummary, 'section' | 'order' | 'title'>>(guides: readonly T[], sections: readonly SectionRef[]): T[] {
  const rank = new Map(sections.map((s, i) => [s.id, i]));
  return [...guides].sort(
    (a, b) =>
      (rank.get(a.section) ?? Infinity) - (rank.get(b.section) ?? Infinity) ||
      a.order - b.order ||
      a.title.localeCompare(b.title),
  );
}

/** The previous and next guide within the same section. */
export function neighbours<T extends Pick<GuideSummary, 'id' | 'section'>>(sorted: readonly T[], id: string): { prev?: T; next?: T } {
  const current = sorted.find((g) => g.id === id);
  if (!current) return {};
  const inSection = sorted.filter((g) => g.section === current.section);
  const i = inSection.findIndex((g) => g.id === id);
  const result: { prev?: T; next?: T } = {};
  const prev = inSection[i - 1];
  const next = inSection[i + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

export interface SidebarGroup<T> {
  section: SectionRef;
  current: boolean;
  /**
   * Guides of the section: listed only for the current section, and at most
   * SIDEBAR_LIMIT of them around the current guide, so page weight does not grow with the playbook.
   */
  guides: T[];
  count: number;
  /** True when `guides` is a window of a longer section (link its index page for the rest). */
  truncated: boolean;
}

export const SIDEBAR_LIMIT = 12;

export function sidebar<T extends Pick<GuideSummary, 'id' | 'section'>>(
  sorted: readonly T[],
  sections: readonly SectionRef[],
  currentSection?: string,
  currentId?: string,
): SidebarGroup<T>[] {
  return sections.map((section) => {
    const all = sorted.filter((g) => g.section === section.id);
    const current = section.id === currentSection;
    if (!current) return { section, current, guides: [], count: all.length, truncated: false };
    if (all.length <= SIDEBAR_LIMIT) return { section, current, guides: all, count: all.length, truncated: false };
    const at = Math.max(0, all.findIndex((g) => g.id === currentId));
    const start = Math.min(Math.max(0, at - Math.floor(SIDEBAR_LIMIT / 2)), all.length - SIDEBAR_LIMIT);
    return { section, current, guides: all.slice(start, start + SIDEBAR_LIMIT), count: all.length, truncated: true };
  });
}

/** Problems that no single guide's schema can see: folder/section mismatch, shared titles, self-links. */
export function collectionProblems(guides: readonly Pick<GuideSummary, 'id' | 'section' | 'title' | 'related'>[], file: (id: string) => string): string[] {
  const problems: string[] = [];
  const byTitle = new Map<string, string>();
  for (const g of guides) {
    const folder = g.id.split('/')[0];
    if (g.id.split('/').length !== 2)
      problems.push(`${file(g.id)}: guides must sit at content/guides/<section>/<slug>.mdx`);
    else if (folder !== g.section)
      problems.push(`${file(g.id)}: section: is "${g.section}" but the file is in the folder "${folder}"`);
    const key = g.title.trim().toLowerCase();
    const other = byTitle.get(key);
    if (other) problems.push(`${file(g.id)}: title: "${g.title}" is also the title of ${file(other)}`);
    else byTitle.set(key, g.id);
    if (g.related.includes(g.id)) problems.push(`${file(g.id)}: related: a guide cannot list itself`);
  }
  return problems;
}
