/**
 * The agreed version, sent from one person to the other with the sender's own copy: what
 * travels (SentAgreed), whether it fits the receiver's copy, and importing both as the
 * receiver's agreed version and the other person's copy.
 * "mine" and "theirs" always mean the browser's owner's, so the sender's are swapped on import.
 * Pure; loaded with the views.
 */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import type { SentAgreed } from './exchange-kinds';
import { templateFit } from './import-checks';
import type { Agreed, Copy, Role, Source, Stored } from './schema';
import type { T } from './model';

export const sendAgreed = (mine: Copy, agreed: Agreed): SentAgreed => ({ from: mine.role, agreed, copy: mine });

const SWAP: Record<Source, Source> = { mine: 'theirs', theirs: 'mine', edited: 'edited' };

/** The sender's agreed version from the receiver's side. */
export function receiverAgreed(sent: SentAgreed, receiverRole: Role): Agreed {
  const a = sent.agreed;
  if (sent.from === receiverRole) return a;
  return { ...a, sources: Object.fromEntries(Object.entries(a.sources).map(([k, s]) => [k, SWAP[s]])), basedOn: { mine: a.basedOn.theirs, theirs: a.basedOn.mine } };
}

export type AgreedFit =
  | { ok: true; notes: string[] }
  /** It can be read and printed, not imported, for this reason. */
  | { ok: false; reason: string };

/** Whether a received agreed version can become this browser's own, and what to say first. */
export function agreedFit(t: WorksheetTemplate, d: Stored, sent: SentAgreed, text: T): AgreedFit {
  if (templateFit(t, sent.agreed.template) === 'other-template') return { ok: false, reason: text('expectations.fit.otherTemplate', { id: sent.agreed.template.id }) };
  if (!d.mine) return { ok: false, reason: text('expectations.fit.noCopy') };
  if (d.mine.role === sent.from) return { ok: false, reason: text(`expectations.fit.sameRole.${sent.from}`) };
  const a = receiverAgreed(sent, d.mine.role);
  const notes: string[] = [];
  if (a.basedOn.mine !== d.mine.updatedAt) notes.push(text('expectations.fit.earlier'));
  if (d.theirs && d.theirs.updatedAt !== sent.copy.updatedAt) notes.push(text('expectations.fit.replacesCopy'));
  if (d.agreed) notes.push(text('expectations.fit.replacesAgreed'));
  return { ok: true, notes };
}

/** Stores the received agreed version as this browser's own, with the sender's copy as theirs (after agreedFit said it fits). */
export function importAgreed(d: Stored, sent: SentAgreed, now: Date): Stored {
  if (!d.mine) return d;
  const theirs = d.theirs && d.theirs.updatedAt === sent.copy.updatedAt ? d.theirs : { ...sent.copy, importedAt: now.toISOString() };
  return { ...d, theirs, agreed: receiverAgreed(sent, d.mine.role) };
}
