/**
 * Which content the tests run over: whatever the build is configured with (PLAYBOOK_CONTENT_DIR,
 * PLAYBOOK_ORG_DIR). Tests of rules every playbook must keep use these helpers instead of naming
 * bundled guides; tests of the bundled content's own choices run only when it is what is built.
 */
import { resolve } from 'node:path';
import { contentRoot } from '../../src/content/root';

/** True when the build uses this project's own content/ folder, with no organization folder over it. */
export const bundledContent = !process.env.PLAYBOOK_ORG_DIR && contentRoot() === resolve('content');

/** Path of a guide page that has previous and next guides (the middle guide of the longest section). */
export function typicalGuidePath(paths: readonly string[]): string {
  const bySection = new Map<string, string[]>();
  for (const p of paths) {
    // Grouped by the whole folder, so another language's copy of a section (/es/guides/x/) is a group of its own.
    const m = /^(.*\/guides\/[^/]+)\/[^/]+\/$/.exec(p);
    if (m) bySection.set(m[1]!, [...(bySection.get(m[1]!) ?? []), p]);
  }
  // The largest section; of equal ones, the default language's (the shortest folder).
  const longest = [...bySection].sort(([ka, a], [kb, b]) => b.length - a.length || ka.length - kb.length)[0]?.[1] ?? [];
  return [...longest].sort()[Math.floor(longest.length / 2)] ?? '';
}
