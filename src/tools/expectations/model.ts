/**
 * Pure logic of the expectations worksheet needed at start: roles, starting a copy and its
 * checks, and the stored data's helpers. Answers and their checks live in answers.ts (loaded
 * with my copy's form); comparing and agreeing in compare.ts; links in share.ts, files in
 * copy-file.ts, checks on what arrives in import-checks.ts; the document that print and
 * Markdown render in document.ts; exports in markdown.ts and ics.ts (all loaded on demand).
 * No preact, no DOM.
 */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import type { Translator } from '../../lib/i18n/format';
import { MAX_NAME_CHARS, type Copy, type Names, type Role, type Stored, type TemplateRef } from './schema';

export type { Agreed, Copy, Names, Role, Source, Stored, TheirCopy } from './schema';

/** Text in the page's language: the island's `useT()`, or a translator's `t` in tests. */
export type T = Translator['t'];

export const otherRole = (role: Role): Role => (role === 'mentor' ? 'mentee' : 'mentor');

export const templateRef = (t: WorksheetTemplate): TemplateRef => ({ id: t.id, version: t.version });

export interface NameProblems {
  role?: string;
  mentor?: string;
  mentee?: string;
}

/** Checks the "start my copy" form. */
export function startProblems(role: Role | '', names: Names, t: T): NameProblems {
  const out: NameProblems = {};
  if (!role) out.role = t('expectations.start.error.role');
  for (const r of ['mentor', 'mentee'] as const) {
    const name = names[r].trim();
    if (!name) out[r] = t(`expectations.start.error.name.${r}`);
    else if (name.length > MAX_NAME_CHARS) out[r] = t(`expectations.start.error.nameTooLong.${r}`, { max: MAX_NAME_CHARS });
  }
  return out;
}

export function newCopy(t: WorksheetTemplate, role: Role, names: Names, now: Date): Copy {
  return { template: templateRef(t), role, names: { mentor: names.mentor.trim(), mentee: names.mentee.trim() }, answers: {}, updatedAt: now.toISOString() };
}

/** The writer's name, or "the mentee" without a name: for messages such as "{name}’s copy". */
export function personName(copy: Pick<Copy, 'names' | 'role'>, t: T): string {
  return copy.names[copy.role].trim() || t(`expectations.the.${copy.role}`);
}

/** The other person's name as this browser's owner wrote it, or "your mentee" without one. */
export function otherName(mine: Pick<Copy, 'names' | 'role'>, t: T): string {
  const other = otherRole(mine.role);
  return mine.names[other].trim() || t(`expectations.your.${other}`);
}

export const emptyStored = (): Stored => ({ mine: null, theirs: null, agreed: null });

export function isEmptyStored(d: Stored): boolean {
  return !d.mine && !d.theirs && !d.agreed;
}

/** "your copy (as the mentor, 6 answers), Tomás Ortega’s copy (mentee)" for My data. */
export function summariseStored(d: Stored, i: Translator): string {
  const parts: string[] = [];
  if (d.mine) parts.push(i.t(`expectations.stored.mine-${d.mine.role}`, { count: Object.keys(d.mine.answers).length }));
  if (d.theirs) parts.push(i.t(`expectations.stored.theirs-${d.theirs.role}`, { name: d.theirs.names[d.theirs.role].trim() || i.t(`expectations.the.${d.theirs.role}`) }));
  if (d.agreed) parts.push(i.t('expectations.stored.agreed'));
  return parts.length ? i.list(parts) : i.t('expectations.stored.nothing');
}

