/**
 * Pure logic of the expectations worksheet needed at start: roles, starting a copy and its
 * checks, and the stored data's helpers. Answers and their checks live in answers.ts (loaded
 * with my copy's form); comparing and agreeing in compare.ts; links in share.ts, files in
 * copy-file.ts, checks on what arrives in import-checks.ts; the document that print and
 * Markdown render in document.ts; exports in markdown.ts and ics.ts (all loaded on demand).
 * No preact, no DOM.
 */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { MAX_NAME_CHARS, type Copy, type Names, type Role, type Stored, type TemplateRef } from './schema';

export type { Agreed, Copy, Names, Role, Source, Stored, TheirCopy } from './schema';

export const ROLE_LABEL: Record<Role, string> = { mentor: 'Mentor', mentee: 'Mentee' };
export const otherRole = (role: Role): Role => (role === 'mentor' ? 'mentee' : 'mentor');

export const templateRef = (t: WorksheetTemplate): TemplateRef => ({ id: t.id, version: t.version });

export interface NameProblems {
  role?: string;
  mentor?: string;
  mentee?: string;
}

/** Checks the "start my copy" form. */
export function startProblems(role: Role | '', names: Names): NameProblems {
  const out: NameProblems = {};
  if (!role) out.role = 'Choose whether you are the mentor or the mentee.';
  for (const r of ['mentor', 'mentee'] as const) {
    const name = names[r].trim();
    if (!name) out[r] = `Enter the ${r}’s name.`;
    else if (name.length > MAX_NAME_CHARS) out[r] = `Shorten the ${r}’s name to ${MAX_NAME_CHARS} characters or fewer.`;
  }
  return out;
}

export function newCopy(t: WorksheetTemplate, role: Role, names: Names, now: Date): Copy {
  return { template: templateRef(t), role, names: { mentor: names.mentor.trim(), mentee: names.mentee.trim() }, answers: {}, updatedAt: now.toISOString() };
}

/** Possessive display name: "Tomás’s copy", or "your mentee’s copy" without a name. */
export function personName(copy: Pick<Copy, 'names' | 'role'>): string {
  return copy.names[copy.role].trim() || `the ${copy.role}`;
}

export const emptyStored = (): Stored => ({ mine: null, theirs: null, agreed: null });

export function isEmptyStored(d: Stored): boolean {
  return !d.mine && !d.theirs && !d.agreed;
}

export function summariseStored(d: Stored): string {
  const parts: string[] = [];
  if (d.mine) parts.push(`your copy (as ${d.mine.role}, ${Object.keys(d.mine.answers).length} answers)`);
  if (d.theirs) parts.push(`${personName(d.theirs)}’s copy (${d.theirs.role})`);
  if (d.agreed) parts.push('an agreed version');
  return parts.length ? parts.join(', ') : 'nothing yet';
}

