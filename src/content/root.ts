/**
 * Where the build reads content from.
 *
 * - `PLAYBOOK_CONTENT_DIR`: a folder that replaces `content/` entirely (the benchmark and the
 *   build-error tests use it); by default the build reads `content/` in the project.
 * - `PLAYBOOK_ORG_DIR`: an organization's own folder, layered over that content, so the
 *   playbook's tree stays untouched and upgrading is a `git pull`. Its files are added or replace
 *   the bundled file with the same path (a guide, an instrument, the worksheet); its `site.json`
 *   holds only what differs (see mergeSiteJson in ./overlay). The build reads the merged copy,
 *   made once per build process under `.cache/content-overlay/`.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeContentFolders } from './overlay';

const state = globalThis as typeof globalThis & { __playbookContentRoot?: string };

export function baseContentRoot(): string {
  return resolve(process.env.PLAYBOOK_CONTENT_DIR || 'content');
}

export function contentRoot(): string {
  const org = process.env.PLAYBOOK_ORG_DIR;
  if (!org) return baseContentRoot();
  // Every module instance of one build (Astro's config, the content layer, the pages) shares one copy.
  if (!state.__playbookContentRoot) {
    const out = mergeContentFolders(baseContentRoot(), resolve(org), resolve('.cache/content-overlay', String(process.pid)));
    // The copy lives as long as the build (or dev server) that made it.
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    state.__playbookContentRoot = out;
  }
  return state.__playbookContentRoot;
}
