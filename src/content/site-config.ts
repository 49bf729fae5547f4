/**
 * The playbook's configuration as the build uses it: site.json of the content folder, checked
 * with the schema in ./site-schema. Build time only: it reads the file when imported.
 */
import { join } from 'node:path';
import { TOOLS } from '../lib/tools';
import { contentRoot } from './root';
import { readJson } from './read-json';
import { parseSiteConfig, visible, type SiteConfig } from './site-schema';

export * from './site-schema';

function loadSiteConfig(): SiteConfig {
  const file = join(contentRoot(), 'site.json');
  return visible(parseSiteConfig(readJson(file, 'site configuration'), file));
}

export const site: SiteConfig = loadSiteConfig();

/** True when a tool is turned on for this playbook. */
export const toolEnabled = (id: string) => !site.hidden.tools.includes(id);

/** The tools this playbook offers, in the order of src/lib/tools.ts. */
export const enabledTools = TOOLS.filter((t) => toolEnabled(t.id));
