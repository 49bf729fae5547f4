/** What site.json hides: a guide listed in `hidden.guides`, or any guide of a hidden section. */
import type { SiteConfig } from './site-schema';

export function isHiddenGuide(id: string, cfg: Pick<SiteConfig, 'hidden'>): boolean {
  return cfg.hidden.guides.includes(id) || cfg.hidden.sections.includes(id.split('/')[0]!);
}
