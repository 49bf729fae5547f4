/**
 * The mentor 360 and the relationship pulse as pure changes and readings of PairData: answering,
 * completing a round, keeping what arrived, scoring by item id (saying what was skipped), the
 * answer-first gate, the gap per domain, the pulse side by side and its trend. No DOM, no Preact.
 */
import type { Attempt, DomainScore } from '../self-assessment/schema';
import type { Translator } from '../../lib/i18n/format';
import { isRating, scoreDomain, type Text } from '../self-assessment/scoring';
import type { Domain, Instrument } from '../self-assessment/instrument';
import type { PulseInstrument, RaterInstrument } from './instrument';
import type { PairAnswers, PairData, PulseRound, Rating, ReceivedRating } from './schema';
import type { SentPulse, SentRating } from './kinds';

const byTime = <T extends { completedAt: string; id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.completedAt.localeCompare(b.completedAt) || a.id.localeCompare(b.id));

/* ---------- answering ---------- */

export function answerRating(data: PairData, itemId: string, answer: number | 'na', now: Date): PairData {
  const at = now.toISOString();
  const d = data.ratingDraft ?? { startedAt: at, updatedAt: at, answers: {}, comments: {} };
  return { ...data, ratingDraft: { ...d, updatedAt: at, answers: { ...d.answers, [itemId]: answer } } };
}

export function commentRating(data: PairData, domainId: string, text: string, now: Date): PairData {
  const at = now.toISOString();
  const d = data.ratingDraft ?? { startedAt: at, updatedAt: at, answers: {}, comments: {} };
  return { ...data, ratingDraft: { ...d, updatedAt: at, comments: { ...d.comments, [domainId]: text } } };
}

export function answerPulse(data: PairData, itemId: string, answer: number | 'na', now: Date): PairData {
  const at = now.toISOString();
  const d = data.pulseDraft ?? { startedAt: at, updatedAt: at, answers: {}, note: '' };
  return { ...data, pulseDraft: { ...d, updatedAt: at, answers: { ...d.answers, [itemId]: answer } } };
}

export function notePulse(data: PairData, note: string, now: Date): PairData {
  const at = now.toISOString();
  const d = data.pulseDraft ?? { startedAt: at, updatedAt: at, answers: {}, note: '' };
  return { ...data, pulseDraft: { ...d, updatedAt: at, note } };
}

const answered = (a: number | 'na' | undefined, min: number, max: number) => a === 'na' || isRating(a, min, max);

/** Item ids still without an answer, in the instrument's order. */
export function unansweredItems(itemIds: readonly string[], answers: PairAnswers | undefined, scale: { min: number; max: number }): string[] {
  return itemIds.filter((id) => !answered(answers?.[id], scale.min, scale.max));
}

export const raterItemIds = (inst: Instrument) => inst.domains.flatMap((d) => d.items.map((i) => i.id));

/** The draft as a completed round (only answers to today's items, on today's scale), or null when there is no draft. */
export function completeRating(data: PairData, inst: RaterInstrument, now: Date, id: string): { data: PairData; round: Rating } | null {
  const d = data.ratingDraft;
  if (!d) return null;
  const ids = new Set(raterItemIds(inst));
  const domains = new Set(inst.domains.map((x) => x.id));
  const round: Rating = {
    id,
    instrumentId: inst.id,
    instrumentVersion: inst.version ?? 1,
    completedAt: now.toISOString(),
    scale: { min: inst.scale.min, max: inst.scale.max },
    answers: Object.fromEntries(Object.entries(d.answers).filter(([k, a]) => ids.has(k) && answered(a, inst.scale.min, inst.scale.max))),
    comments: Object.fromEntries(Object.entries(d.comments).map(([k, t]) => [k, t.trim()] as const).filter(([k, t]) => domains.has(k) && t)),
  };
  return { data: { ...data, ratingDraft: null, ratings: byTime([...data.ratings, round]) }, round };
}

export function completePulse(data: PairData, pulse: PulseInstrument, now: Date, id: string): { data: PairData; round: PulseRound } | null {
  const d = data.pulseDraft;
  if (!d) return null;
  const ids = new Set(pulse.items.map((i) => i.id));
  const round: PulseRound = {
    id,
    instrumentId: pulse.id,
    instrumentVersion: pulse.version,
    completedAt: now.toISOString(),
    scale: { min: pulse.scale.min, max: pulse.scale.max },
    answers: Object.fromEntries(Object.entries(d.answers).filter(([k, a]) => ids.has(k) && answered(a, pulse.scale.min, pulse.scale.max))),
    note: d.note.trim(),
  };
  return { data: { ...data, pulseDraft: null, pulses: byTime([...data.pulses, round]) }, round };
}

/* ---------- what arrived ---------- */

/** Keeps a received rating once: the same round opened twice is not added again. */
export function keepRating(data: PairData, sent: SentRating, now: Date): PairData {
  // Opened twice, or the mentee's own link opened in their own browser: nothing to add.
  if (data.received.some((r) => r.id === sent.round.id) || data.ratings.some((r) => r.id === sent.round.id)) return data;
  const entry: ReceivedRating = { id: sent.round.id, receivedAt: now.toISOString(), from: sent.from, sentAt: sent.sentAt, round: sent.round };
  return { ...data, received: [...data.received, entry].sort((a, b) => a.round.completedAt.localeCompare(b.round.completedAt)) };
}

export function keepPulse(data: PairData, sent: SentPulse, now: Date): PairData {
  if (data.partnerPulses.some((r) => r.id === sent.round.id) || data.pulses.some((r) => r.id === sent.round.id)) return data;
  const entry = { id: sent.round.id, receivedAt: now.toISOString(), from: sent.from, round: sent.round };
  return { ...data, partnerPulses: [...data.partnerPulses, entry].sort((a, b) => a.round.completedAt.localeCompare(b.round.completedAt)) };
}

/** True when what arrived was made in this browser: the person's own round. */
export const isOwn = (data: PairData, roundId: string): boolean => data.ratings.some((r) => r.id === roundId) || data.pulses.some((r) => r.id === roundId);

export const deleteReceived = (data: PairData, id: string): PairData => ({ ...data, received: data.received.filter((r) => r.id !== id) });

/* ---------- scoring by item id ---------- */

export interface Scored {
  scores: DomainScore[];
  /** Answers to items this instrument does not have: left out of every mean. */
  skipped: string[];
  /** Items of this instrument the round has no answer for. */
  missing: string[];
  /** Why the round cannot be scored at all (another instrument, another scale), else null: a message to say. */
  problem: Text | null;
  /** A note when it was answered with another version of the instrument. */
  versionNote: Text | null;
}

/** Scores a round against the instrument on this page, mapping answers by item id. */
export function scoreRound(inst: Pick<Instrument, 'id' | 'title' | 'version' | 'domains' | 'scale'>, round: Pick<Rating, 'instrumentId' | 'instrumentVersion' | 'scale' | 'answers'>): Scored {
  const empty = { scores: [], skipped: [], missing: [], versionNote: null };
  if (round.instrumentId !== inst.id)
    return { ...empty, problem: { key: 'pair.score.otherInstrument', params: { id: round.instrumentId, title: inst.title } } };
  if (round.scale.min !== inst.scale.min || round.scale.max !== inst.scale.max)
    return { ...empty, problem: { key: 'pair.score.otherScale', params: { min: round.scale.min, max: round.scale.max, title: inst.title, nowMin: inst.scale.min, nowMax: inst.scale.max } } };
  const ids = new Set(inst.domains.flatMap((d) => d.items.map((i) => i.id)));
  const skipped = Object.keys(round.answers).filter((k) => !ids.has(k));
  const missing = [...ids].filter((k) => round.answers[k] === undefined);
  const version = inst.version ?? 1;
  return {
    scores: inst.domains.map((d: Domain) => scoreDomain(d, round.answers, inst.scale.min, inst.scale.max)),
    skipped,
    missing,
    problem: null,
    versionNote: round.instrumentVersion === version ? null : { key: 'pair.score.otherVersion', params: { version: round.instrumentVersion, title: inst.title, pageVersion: version } },
  };
}

/* ---------- answer first, then reveal ---------- */

const selfAttempts = (attempts: readonly Attempt[], rated: string) => attempts.filter((a) => a.instrumentId === rated).sort((a, b) => a.completedAt.localeCompare(b.completedAt));

/**
 * The mentor's own attempt to show beside a received round, or null while they have not rated
 * themselves for this round. A round already revealed keeps its attempt; a new round needs an
 * attempt completed after the newest one an earlier round was shown beside, so each round's
 * self-rating is made before seeing the mentee's.
 */
export function revealAttempt(entry: ReceivedRating, all: readonly ReceivedRating[], attempts: readonly Attempt[], rated: string): Attempt | null {
  const own = selfAttempts(attempts, rated);
  if (entry.revealedWith) {
    const kept = own.find((a) => a.id === entry.revealedWith);
    if (kept) return kept;
  }
  const used = new Set(all.filter((r) => r.id !== entry.id && r.revealedWith).map((r) => r.revealedWith!));
  const after = own.filter((a) => used.has(a.id)).at(-1)?.completedAt ?? '';
  return own.filter((a) => a.completedAt > after && !used.has(a.id)).at(-1) ?? null;
}

export const markRevealed = (data: PairData, id: string, attemptId: string): PairData => ({
  ...data,
  received: data.received.map((r) => (r.id === id && r.revealedWith !== attemptId ? { ...r, revealedWith: attemptId } : r)),
});

/* ---------- the gap view ---------- */

export interface GapRow {
  id: string;
  title: string;
  self: number | null;
  mentee: number | null;
  /** mentee − self, one decimal place; null when either has no mean. */
  gap: number | null;
  comment: string;
}

export function gapRows(inst: RaterInstrument, self: readonly DomainScore[], mentee: readonly DomainScore[], comments: Readonly<Record<string, string>>): GapRow[] {
  return inst.domains.map((d) => {
    const s = self.find((x) => x.id === d.id)?.mean ?? null;
    const m = mentee.find((x) => x.id === d.id)?.mean ?? null;
    return { id: d.id, title: d.title, self: s, mentee: m, gap: s === null || m === null ? null : Math.round((m - s) * 10) / 10, comment: comments[d.id] ?? '' };
  });
}

/** The domains sharing the largest gap (either way), when there is one of at least half a point. */
export function largestGaps(rows: readonly GapRow[]): GapRow[] {
  const sized = rows.filter((r) => r.gap !== null && Math.abs(r.gap) >= 0.5);
  if (!sized.length) return [];
  const top = Math.max(...sized.map((r) => Math.abs(r.gap!)));
  return sized.filter((r) => Math.abs(r.gap!) === top);
}

/** "1.5 higher", "0.5 lower", "the same": the mentee's rating against the mentor's own. */
export function describeGap(gap: number | null, tr: Translator): string {
  if (gap === null) return tr.t('selfAssessment.change.cannotCompare');
  if (gap === 0) return tr.t('pair.gap.same');
  const amount = tr.number(Math.abs(gap), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return tr.t(gap > 0 ? 'pair.gap.higher' : 'pair.gap.lower', { amount });
}

/** Change per domain between two scorings, one decimal place; null when either is missing. */
export function changes(later: readonly DomainScore[], earlier: readonly DomainScore[] | null): Map<string, number | null> {
  const before = new Map((earlier ?? []).map((d) => [d.id, d.mean]));
  return new Map(later.map((d) => {
    const e = before.get(d.id) ?? null;
    return [d.id, e === null || d.mean === null ? null : Math.round((d.mean - e) * 10) / 10];
  }));
}

/* ---------- the pulse ---------- */

export interface PulseRow {
  id: string;
  text: string;
  mine: number | 'na' | null;
  theirs: number | 'na' | null;
  /** Both rated, two points or more apart. */
  flagged: boolean;
  guide: PulseInstrument['items'][number]['guide'];
}

export const FLAG_POINTS = 2;

/** Two rounds side by side, by item id, or why they cannot be compared. */
export function comparePulse(pulse: PulseInstrument, mine: PulseRound, theirs: PulseRound): { rows: PulseRow[]; problem: Text | null; skipped: string[] } {
  for (const r of [mine, theirs]) {
    if (r.instrumentId !== pulse.id) return { rows: [], skipped: [], problem: { key: 'pair.pulse.otherInstrument', params: { id: r.instrumentId } } };
    if (r.scale.min !== pulse.scale.min || r.scale.max !== pulse.scale.max)
      return { rows: [], skipped: [], problem: { key: 'pair.pulse.otherScale', params: { min: r.scale.min, max: r.scale.max, pageMin: pulse.scale.min, pageMax: pulse.scale.max } } };
  }
  const ids = new Set(pulse.items.map((i) => i.id));
  const skipped = [...new Set([...Object.keys(mine.answers), ...Object.keys(theirs.answers)])].filter((k) => !ids.has(k));
  const rows = pulse.items.map((item) => {
    const a = mine.answers[item.id] ?? null;
    const b = theirs.answers[item.id] ?? null;
    return { id: item.id, text: item.text, mine: a, theirs: b, flagged: typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) >= FLAG_POINTS, guide: item.guide };
  });
  return { rows, problem: null, skipped };
}

/** The mean of a round's rated items of this pulse, one decimal place, or null. */
export function pulseMean(pulse: PulseInstrument, round: PulseRound): number | null {
  if (round.instrumentId !== pulse.id || round.scale.min !== pulse.scale.min || round.scale.max !== pulse.scale.max) return null;
  const rated = pulse.items.map((i) => round.answers[i.id]).filter((a): a is number => typeof a === 'number');
  return rated.length ? Math.round((rated.reduce((n, a) => n + a, 0) * 10) / rated.length) / 10 : null;
}

export interface TrendPoint {
  date: string;
  mean: number | null;
}

export const pulseTrend = (pulse: PulseInstrument, rounds: readonly PulseRound[]): TrendPoint[] =>
  byTime(rounds).map((r) => ({ date: r.completedAt, mean: pulseMean(pulse, r) }));

/** The suggested date of the next round: the last round plus the pulse's interval, or today. */
export function suggestedNext(pulse: PulseInstrument, rounds: readonly PulseRound[], today: string): string {
  const last = byTime(rounds).at(-1);
  if (!last) return today;
  const next = new Date(Date.parse(last.completedAt.slice(0, 10) + 'T00:00:00Z') + pulse.everyWeeks * 7 * 86_400_000).toISOString().slice(0, 10);
  return next < today ? today : next;
}
