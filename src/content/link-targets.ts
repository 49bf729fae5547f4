/** Which root-relative paths are pages of the playbook. Pure. */
import { TOOL_IDS } from '../lib/tools';

const FIXED_ROUTES = new Set(['/', '/guides/', '/search/', '/my-data/', ...TOOL_IDS.map((t) => `/tools/${t}/`)]);

/** Why a root-relative path is not a page of the playbook, or null when it is one. */
export function brokenLinkReason(path: string, guideExists: (id: string) => boolean, sectionIds: readonly string[]): string | null {
  if (!path.endsWith('/')) return `internal links must end with "/" (write "${path}/")`;
  if (FIXED_ROUTES.has(path)) return null;
  const m = /^\/guides\/([a-z0-9-]+)\/(?:([a-z0-9-]+)\/)?$/.exec(path);
  if (m?.[1] && !m[2]) return sectionIds.includes(m[1]) ? null : `there is no section "${m[1]}" in content/site.json`;
  if (m?.[1] && m[2]) return guideExists(`${m[1]}/${m[2]}`) ? null : `there is no guide content/guides/${m[1]}/${m[2]}.mdx`;
  return 'it is not a page of the playbook';
}

