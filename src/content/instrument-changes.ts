/**
 * Warns a host who replaces a bundled instrument (in the organization folder) with one on another
 * scale or with other statements: what it means for people who already took it. Build time only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface InstrumentShape {
  version?: number;
  scale?: { min?: number; max?: number };
  domains?: { items?: { id?: string }[] }[];
}

function read(path: string): InstrumentShape | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as InstrumentShape;
  } catch {
    return null; // the content check reports the syntax error
  }
}

const itemIds = (i: InstrumentShape) => (i.domains ?? []).flatMap((d) => (d.items ?? []).map((x) => x.id)).sort().join();

/** One warning per instrument of `org` that changes the bundled one of the same file name. */
export function instrumentChangeWarnings(base: string, org: string): string[] {
  const dir = join(org, 'assessments');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json') && existsSync(join(base, 'assessments', n)))
    .flatMap((n) => {
      const [before, after] = [read(join(base, 'assessments', n)), read(join(dir, n))];
      if (!before || !after) return [];
      const changes: string[] = [];
      const range = (i: InstrumentShape) => `${i.scale?.min} to ${i.scale?.max}`;
      if (range(before) !== range(after)) changes.push(`the scale (${range(before)} becomes ${range(after)})`);
      if (itemIds(before) !== itemIds(after)) changes.push('the statements (item ids)');
      if (!changes.length) return [];
      const [v1, v2] = [before.version ?? 1, after.version ?? 1];
      const effect =
        'People who took it before keep their results on the scale and statements they answered; a new result and an older one of a different scale or other statements are shown side by side as "cannot be compared" instead of subtracted.';
      return [
        v2 > v1
          ? `assessments/${n}: changes ${changes.join(' and ')} (version ${v1} → ${v2}). ${effect}`
          : `assessments/${n}: changes ${changes.join(' and ')} but keeps version ${v2}: set "version": ${v1 + 1}. ${effect}`,
      ];
    });
}
