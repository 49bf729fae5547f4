/**
 * The coordinator's report: per wave, the number of responses and each item's n, mean and
 * distribution, for everyone and for each group of each group question; the matched change
 * between two waves for the people who answered both; the written answers. Every figure goes
 * through the small-number protection of protect.ts before it is in the report: what is
 * withheld carries only its reason, never its value. Pure: no DOM.
 */
import { clampK, distributionsLeak, mergeChoices, mergeOrdered, nestedWithheld, protectSplit, publishTexts, roundMean, type Block, type Withheld } from './protect';
import { waveItems, type ReportItem, type ReportLabels } from './report-items';
import type { Translator } from '../i18n/format';
import type { ProgramResponse } from './response';
import type { ProgramSurvey, SurveyWave } from './survey';

export type Reason = Withheld | 'nested';

export interface ShownBlock {
  label: string;
  count: number;
}
export type Distribution = { shown: true; blocks: ShownBlock[] } | { shown: false; reason: Withheld };
export type Cell = { shown: true; n: number; mean: number | null; distribution: Distribution | null } | { shown: false; reason: Reason };
export type ChangeCell = { shown: true; n: number; before: number; after: number; change: number } | { shown: false; reason: Reason };

export interface Part {
  /** An option id, or NO_ANSWER. */
  id: string;
  label: string;
}
export interface SplitInfo {
  question: string;
  label: string;
  parts: Part[];
}
export interface Figures<C> {
  all: C;
  splits: { split: SplitInfo; parts: C[] }[];
}
export interface ItemInfo {
  id: string;
  measure: string;
  label: string;
  mean: boolean;
}
export interface WaveReport {
  wave: { id: string; title: string };
  responses: Figures<Cell>;
  items: { item: ItemInfo; figures: Figures<Cell> }[];
  texts: { question: { id: string; text: string }; answers: string[] | null }[];
}
export interface ChangeReport {
  from: { id: string; title: string };
  to: { id: string; title: string };
  people: Figures<Cell>;
  items: { item: ItemInfo; figures: Figures<ChangeCell> }[];
}
export interface ProgramReport {
  k: number;
  waves: WaveReport[];
  changes: ChangeReport[];
}

export const NO_ANSWER = '';
const withheld = (reason: Reason) => ({ shown: false as const, reason });
const hidden = (reason: Withheld): Distribution => ({ shown: false, reason });
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const info = (i: ReportItem): ItemInfo => ({ id: i.id, measure: i.measure, label: i.label, mean: i.mean });

/** The group questions a wave asks, with their parts (the options, then "no answer"). */
function splitsOf(survey: ProgramSurvey, wave: SurveyWave, t: Translator['t']): SplitInfo[] {
  return survey.questions.flatMap((q) =>
    q.type === 'choice' && q.group && wave.questions.includes(q.id)
      ? [{ question: q.id, label: q.text, parts: [...q.options.map((o) => ({ id: o.id, label: o.label })), { id: NO_ANSWER, label: t('programReport.no-answer') }] }]
      : [],
  );
}

const groupOf = (r: ProgramResponse, question: string): string => {
  const a = r.answers.questions?.[question];
  return typeof a === 'string' ? a : NO_ANSWER;
};

/** Rule (d), and the distributions of the shown parts checked against the total (protect.ts). */
function distributionOf(item: ReportItem, values: readonly (number | string)[], k: number): Block[] | null {
  const cats = item.categories!;
  const counts = cats.list.map((c) => ({ key: c.key, count: values.filter((v) => String(v) === c.key).length }));
  return cats.ordered ? mergeOrdered(counts, k) : mergeChoices(counts, k);
}

function publishBlocks(item: ReportItem, blocks: Block[], t: Translator['t']): Distribution {
  const label = (key: string) => item.categories!.list.find((c) => c.key === key)?.label ?? key;
  const blockLabel = (b: Block) => {
    if (b.other) return t('programReport.other-answers');
    return b.keys.length === 1 ? label(b.keys[0]!) : t('programReport.range', { from: label(b.keys[0]!), to: label(b.keys[b.keys.length - 1]!) });
  };
  return { shown: true, blocks: blocks.map((b) => ({ label: blockLabel(b), count: b.count })) };
}

interface Group {
  n: number;
  values: (number | string)[];
}

/** One item's cells, protected: everyone, then each split's parts. */
function itemFigures(item: ReportItem | null, responses: readonly ProgramResponse[], splits: readonly SplitInfo[], k: number, t: Translator['t']): Figures<Cell> {
  const valueOf = (r: ProgramResponse) => (item ? item.value(r.answers) : 0);
  const contributors = responses.filter((r) => valueOf(r) !== undefined);
  const groupValues = (rs: readonly ProgramResponse[]): Group => ({ n: rs.length, values: rs.map((r) => valueOf(r)!) });
  const all = groupValues(contributors);
  const dists = new Map<Group, Block[] | null>();
  const dist = (g: Group) => {
    if (!item?.categories) return null;
    if (!dists.has(g)) dists.set(g, distributionOf(item, g.values, k));
    return dists.get(g)!;
  };
  const cell = (g: Group, distribution: Distribution | null): Cell => ({
    shown: true,
    n: g.n,
    mean: item?.mean ? roundMean(mean(g.values as number[])) : null,
    distribution,
  });
  const published = (g: Group, reason: Withheld | null): Cell => {
    if (reason) return withheld(reason);
    if (!item?.categories) return cell(g, null);
    const d = dist(g);
    return cell(g, d ? publishBlocks(item, d, t) : hidden('few'));
  };
  const allCell = published(all, all.n < k ? 'few' : null);
  const out: Figures<Cell> = { all: allCell, splits: [] };
  for (const split of splits) {
    const groups = split.parts.map((p) => groupValues(contributors.filter((r) => groupOf(r, split.question) === p.id)));
    const reasons = allCell.shown ? protectSplit(groups.map((g) => ({ n: g.n })), k) : groups.map((g) => (g.n < k ? 'few' : 'complement') as Withheld);
    let parts = groups.map((g, i) => published(g, reasons[i]!));
    // The parts' distributions, differenced from the total's, must leave none or at least k in every category.
    if (item?.categories && allCell.shown) {
      const total = dist(all);
      const shown = groups.filter((g, i) => !reasons[i] && dist(g)).map((g) => dist(g)!);
      if (total && distributionsLeak(total, shown, k)) parts = parts.map((c) => (c.shown && c.distribution ? { ...c, distribution: hidden('complement') } : c));
    }
    out.splits.push({ split, parts });
  }
  return out;
}

function waveReport(survey: ProgramSurvey, wave: SurveyWave, responses: readonly ProgramResponse[], labels: ReportLabels, k: number, t: Translator['t']): { report: WaveReport; items: ReportItem[] } {
  const splits = splitsOf(survey, wave, t);
  const items = waveItems(survey, wave, labels, responses.map((r) => r.answers), t);
  const texts = wave.questions.flatMap((id) => {
    const q = survey.questions.find((x) => x.id === id);
    if (q?.type !== 'text') return [];
    const answers = responses.flatMap((r) => (typeof r.answers.questions?.[id] === 'string' ? [r.answers.questions[id] as string] : []));
    return [{ question: { id, text: q.text }, answers: publishTexts(answers, k) }];
  });
  return {
    items,
    report: {
      wave: { id: wave.id, title: wave.title },
      responses: itemFigures(null, responses, splits, k, t),
      items: items.map((item) => ({ item: info(item), figures: itemFigures(item, responses, splits, k, t) })),
      texts,
    },
  };
}

interface Pair {
  before: ProgramResponse;
  after: ProgramResponse;
}

/** The matched change of one item, protected by rules (a), (c) and (b). */
function changeFigures(item: ReportItem | null, pairs: readonly Pair[], splits: readonly SplitInfo[], k: number, before: WaveReport, after: WaveReport, groupFrom: (p: Pair, question: string) => ProgramResponse): Figures<ChangeCell> | Figures<Cell> {
  const cellsOf = (w: WaveReport) => (item ? w.items.find((x) => x.item.id === item.id)!.figures : w.responses);
  const shownN = (c: Cell | undefined) => (c?.shown ? c.n : null);
  const matched = pairs.filter((p) => !item || (typeof item.value(p.before.answers) === 'number' && typeof item.value(p.after.answers) === 'number'));
  const cell = (ps: readonly Pair[]): ChangeCell | Cell => {
    if (!item) return { shown: true, n: ps.length, mean: null, distribution: null };
    const b = ps.map((p) => item.value(p.before.answers) as number);
    const a = ps.map((p) => item.value(p.after.answers) as number);
    return { shown: true, n: ps.length, before: roundMean(mean(b)), after: roundMean(mean(a)), change: roundMean(mean(a) - mean(b)) };
  };
  const firstReason = (n: number, waveNs: (number | null)[]): Reason | null => (n < k ? 'few' : nestedWithheld(n, waveNs, k) ? 'nested' : null);
  const allReason = firstReason(matched.length, [shownN(cellsOf(before).all), shownN(cellsOf(after).all)]);
  const out = { all: allReason ? withheld(allReason) : cell(matched), splits: [] as { split: SplitInfo; parts: (ChangeCell | Cell)[] }[] };
  for (const split of splits) {
    const waveParts = (w: WaveReport) => cellsOf(w).splits.find((s) => s.split.question === split.question)?.parts;
    const groups = split.parts.map((p, i) => {
      const ps = matched.filter((m) => groupOf(groupFrom(m, split.question), split.question) === p.id);
      const reason = firstReason(ps.length, [shownN(waveParts(before)?.[i]), shownN(waveParts(after)?.[i])]);
      return { ps, reason };
    });
    const reasons: (Reason | null)[] = allReason ? groups.map((g) => g.reason ?? 'complement') : protectSplit(groups.map((g) => ({ n: g.ps.length, withheld: g.reason === 'nested' ? 'complement' : g.reason })), k).map((r, i) => (groups[i]!.reason === 'nested' ? 'nested' : r));
    out.splits.push({ split, parts: groups.map((g, i) => (reasons[i] ? withheld(reasons[i]!) : cell(g.ps))) });
  }
  return out as Figures<ChangeCell> | Figures<Cell>;
}

/** The whole report over the accepted responses (duplicates already removed: read-responses.ts). */
export function buildReport(survey: ProgramSurvey, responses: readonly ProgramResponse[], labels: ReportLabels, t: Translator['t']): ProgramReport {
  const k = clampK(survey.k);
  const byWave = survey.waves.map((wave) => {
    const rs = responses.filter((r) => r.wave === wave.id);
    const built = waveReport(survey, wave, rs, labels, k, t);
    return { wave, rs, ...built, splitsAsked: new Set(splitsOf(survey, wave, t).map((s) => s.question)) };
  });
  const changes: ChangeReport[] = [];
  for (const [i, a] of byWave.entries()) {
    for (const b of byWave.slice(i + 1)) {
      const shared = a.items.filter((x) => x.mean && b.items.some((y) => y.id === x.id));
      if (!shared.length) continue;
      const later = new Map(b.rs.map((r) => [r.participant, r]));
      const pairs = a.rs.flatMap((r) => (later.has(r.participant) ? [{ before: r, after: later.get(r.participant)! }] : []));
      // Split by the group questions either wave asks; a person's group is their earlier answer when that wave asked it.
      const splits = [...splitsOf(survey, a.wave, t), ...splitsOf(survey, b.wave, t).filter((s) => !a.splitsAsked.has(s.question))];
      const groupFrom = (p: Pair, question: string) => (a.splitsAsked.has(question) ? p.before : p.after);
      changes.push({
        from: a.report.wave,
        to: b.report.wave,
        people: changeFigures(null, pairs, splits, k, a.report, b.report, groupFrom) as Figures<Cell>,
        items: shared.map((item) => ({ item: info(item), figures: changeFigures(item, pairs, splits, k, a.report, b.report, groupFrom) as Figures<ChangeCell> })),
      });
    }
  }
  return { k, waves: byWave.map((w) => w.report), changes };
}
