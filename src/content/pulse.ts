/**
 * The relationship pulse for the page: content/pulse/relationship-pulse.json, checked, with each
 * statement's guide resolved through the guides collection (a hidden guide is simply not
 * suggested). The content check (preflight.ts) has already reported any problem. Build time only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './root';
import { pulseSchema } from './pulse-schema';
import { formatIssues } from './format-issues';
import type { PulseInstrument } from '../tools/pair/instrument';
import type { GuideRef } from './instruments';

export const PULSE_ID = 'relationship-pulse';

export function loadPulse(guides: readonly GuideRef[], guideUrl: (id: string) => string): PulseInstrument | null {
  const file = join(contentRoot(), 'pulse', `${PULSE_ID}.json`);
  if (!existsSync(file)) return null;
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = pulseSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatIssues(`content/pulse/${PULSE_ID}.json`, parsed.error, raw));
  const p = parsed.data;
  const byId = new Map(guides.map((g) => [g.id, g]));
  return {
    id: PULSE_ID,
    title: p.title,
    version: p.version,
    summary: p.summary,
    instructions: p.instructions,
    everyWeeks: p.everyWeeks,
    basis: p.basis,
    scale: { question: p.scale.question, min: p.scale.min, max: p.scale.max, labels: [...p.scale.labels].sort((a, b) => a.value - b.value), notApplicable: 'Does not apply' },
    items: p.items.map((i) => {
      const g = byId.get(i.guide);
      return { id: i.id, text: i.text, guide: g ? { id: g.id, title: g.title, url: guideUrl(g.id) } : null };
    }),
    openLine: p.openLine,
  };
}
