/**
 * Comparing two copies field by field, and building the agreed version from them.
 * "Mine" and "theirs" are from the point of view of this browser's owner.
 */
import type { WorksheetField, WorksheetTemplate } from '../../content/worksheet-schema';
import { allFields, answerOf, isSigning, type FieldInSection } from './answers';
import { templateRef } from './model';
import type { Agreed, Copy, Names, Source } from './schema';

export type FieldStatus = 'same' | 'differs' | 'only-mine' | 'only-theirs' | 'neither';

export interface Comparison extends FieldInSection {
  mine: string;
  theirs: string;
  status: FieldStatus;
}

/** Equal for people: ignores case, spacing and Unicode composition ("Cafe\u0301" equals "café"). */
export function sameAnswer(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

function statusOf(mine: string, theirs: string): FieldStatus {
  const m = mine.trim() !== '';
  const t = theirs.trim() !== '';
  if (m && t) return sameAnswer(mine, theirs) ? 'same' : 'differs';
  if (m) return 'only-mine';
  return t ? 'only-theirs' : 'neither';
}

/** Every question both copies answer, signatures excepted: they are given in the agreed version only. */
export function compareCopies(t: WorksheetTemplate, mine: Copy, theirs: Copy): Comparison[] {
  return allFields(t).filter((f) => !isSigning(f)).map((f) => {
    const a = answerOf(mine.answers, f.field.id);
    const b = answerOf(theirs.answers, f.field.id);
    return { ...f, mine: a, theirs: b, status: statusOf(a, b) };
  });
}

export function countStatuses(rows: readonly Comparison[]): Record<FieldStatus, number> {
  const out: Record<FieldStatus, number> = { same: 0, differs: 0, 'only-mine': 0, 'only-theirs': 0, neither: 0 };
  for (const r of rows) out[r.status]++;
  return out;
}

/** Each person's own name comes from their own copy; the other copy fills a blank. */
export function agreedNames(mine: Copy, theirs: Copy): Names {
  const byRole = (role: 'mentor' | 'mentee') => {
    const own = mine.role === role ? mine : theirs;
    const other = own === mine ? theirs : mine;
    return own.names[role].trim() || other.names[role].trim();
  };
  return { mentor: byRole('mentor'), mentee: byRole('mentee') };
}

/** Whose answer a field takes before anyone decides; null when the two people must decide together. */
function defaultSource(field: WorksheetField, row: Comparison, mine: Copy): Source | null {
  if (field.filledBy) {
    const owner: Source = field.filledBy === mine.role ? 'mine' : 'theirs';
    return (owner === 'mine' ? row.mine : row.theirs).trim() ? owner : null;
  }
  switch (row.status) {
    case 'same':
    case 'only-mine':
      return 'mine';
    case 'only-theirs':
      return 'theirs';
    default:
      return null;
  }
}

/**
 * A first draft of the agreed version: answers both gave alike, answers only one gave, and
 * answers the template leaves to one person are taken; real differences wait for a decision.
 */
export function startAgreement(t: WorksheetTemplate, mine: Copy, theirs: Copy, now: Date): Agreed {
  const answers: Record<string, string> = {};
  const sources: Record<string, Source> = {};
  for (const row of compareCopies(t, mine, theirs)) {
    const source = defaultSource(row.field, row, mine);
    if (!source) continue;
    sources[row.field.id] = source;
    answers[row.field.id] = source === 'mine' ? row.mine : row.theirs;
  }
  return {
    template: templateRef(t),
    names: agreedNames(mine, theirs),
    answers,
    sources,
    basedOn: { mine: mine.updatedAt, theirs: theirs.updatedAt },
    updatedAt: now.toISOString(),
  };
}

/** Takes my answer or theirs for one field. */
export function chooseAnswer(agreed: Agreed, id: string, source: 'mine' | 'theirs', mine: Copy, theirs: Copy, now: Date): Agreed {
  const value = answerOf((source === 'mine' ? mine : theirs).answers, id);
  return { ...agreed, answers: { ...agreed.answers, [id]: value }, sources: { ...agreed.sources, [id]: source }, updatedAt: now.toISOString() };
}

/** Writes the agreed answer by hand. */
export function editAnswer(agreed: Agreed, id: string, value: string, now: Date): Agreed {
  return { ...agreed, answers: { ...agreed.answers, [id]: value }, sources: { ...agreed.sources, [id]: 'edited' }, updatedAt: now.toISOString() };
}

export function editNames(agreed: Agreed, names: Names, now: Date): Agreed {
  return { ...agreed, names, updatedAt: now.toISOString() };
}

/** How a field's agreed answer was decided, if it was. */
export function sourceOf(agreed: Agreed, id: string): Source | undefined {
  return Object.prototype.hasOwnProperty.call(agreed.sources, id) ? agreed.sources[id] : undefined;
}

/** Fields where the two answers differ and nobody has decided yet. */
export function undecided(rows: readonly Comparison[], agreed: Agreed): Comparison[] {
  return rows.filter((r) => r.status === 'differs' && !sourceOf(agreed, r.field.id));
}

/** True when either copy changed after the agreed version was started from them. */
export function copiesChangedSince(agreed: Agreed, mine: Copy, theirs: Copy): boolean {
  return agreed.basedOn.mine !== mine.updatedAt || agreed.basedOn.theirs !== theirs.updatedAt;
}
