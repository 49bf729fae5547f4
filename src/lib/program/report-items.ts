/**
 * What the report counts in a wave: one item per thing a response can answer (the quality score,
 * each pulse statement, each self-assessment domain, the goal figures, each program question),
 * with how to take its value from a response and how it is summed up (a mean, a distribution,
 * or both). A group question is not an item: its answers split every item instead, and the
 * wave's count of responses shows its groups. Pure: no DOM.
 */
import type { Translator } from '../i18n/format';
import type { ResponseAnswers } from './response';
import { MEETING_OPTIONS, type ProgramSurvey, type SurveyWave } from './survey';

/** Words for the built-in measures' parts, from the playbook's content (the page passes them in). */
export interface ReportLabels {
  pulse?: readonly { id: string; text: string }[];
  instruments?: readonly { id: string; title: string; domains: readonly { id: string; title: string }[] }[];
}

export interface Category {
  key: string;
  label: string;
}

export interface ReportItem {
  /** Unique in a survey: the same item in two waves has the same id (matched change pairs them). */
  id: string;
  /** The heading it is listed under: "Relationship pulse", "Goals", a question's own section. */
  measure: string;
  label: string;
  /** Whether a mean is published (numbers on a scale or counts). */
  mean: boolean;
  /** The categories of its distribution, when it has one; `ordered` ones merge with neighbours. */
  categories: { ordered: boolean; list: Category[] } | null;
  value: (a: ResponseAnswers) => number | string | undefined;
}

const points = (min: number, max: number, label = (n: number) => String(n)): Category[] =>
  Array.from({ length: max - min + 1 }, (_, i) => ({ key: String(min + i), label: label(min + i) }));

const meanOf = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : undefined);

/** Ids an answer holds that the labels do not name, in a stable order (a statement since removed, say). */
const extra = (known: readonly string[], seen: Iterable<string>) => [...new Set(seen)].filter((id) => !known.includes(id)).sort();

/** The items of one wave, in the order the report lists them. `seen` holds the answers read, for parts the labels do not name. */
export function waveItems(survey: ProgramSurvey, wave: SurveyWave, labels: ReportLabels, seen: readonly ResponseAnswers[], t: Translator['t']): ReportItem[] {
  const items: ReportItem[] = [];
  for (const m of wave.measures) {
    if (m === 'quality') {
      items.push({ id: 'quality', measure: t('programReport.measure.quality'), label: t('programReport.item.quality'), mean: true, categories: { ordered: true, list: points(1, 5) }, value: (a) => a.quality });
    } else if (m === 'meetings') {
      items.push({ id: 'meetings', measure: t('programReport.measure.meetings'), label: t('programReport.item.meetings'), mean: false, categories: { ordered: true, list: MEETING_OPTIONS.map((o) => ({ key: o.id, label: t(`programSurvey.option.meetings-${o.id}`) })) }, value: (a) => a.meetings });
    } else if (m === 'pulse') {
      const named = labels.pulse ?? [];
      const ids = [...named.map((s) => s.id), ...extra(named.map((s) => s.id), seen.flatMap((a) => Object.keys(a.pulse ?? {})))];
      for (const id of ids) {
        const text = named.find((s) => s.id === id)?.text ?? t('programReport.item.pulse-gone', { id });
        items.push({ id: `pulse:${id}`, measure: t('programReport.measure.pulse'), label: text, mean: true, categories: { ordered: true, list: points(1, 11) }, value: (a) => a.pulse?.[id] ?? undefined });
      }
    } else if (m === 'goals') {
      const g = (id: 'set' | 'progressed' | 'reached', label: string): ReportItem => ({ id: `goals:${id}`, measure: t('programReport.measure.goals'), label, mean: true, categories: null, value: (a) => a.goals?.[id] });
      items.push(g('set', t('programReport.item.goals-set')), g('progressed', t('programReport.item.goals-progressed')), g('reached', t('programReport.item.goals-reached')));
      items.push({ id: 'goals:attainment', measure: t('programReport.measure.goals'), label: t('programReport.item.goals-attainment'), mean: true, categories: null, value: (a) => meanOf(a.goals?.attainment ?? []) });
    } else {
      const named = labels.instruments ?? [];
      const instIds = [...named.map((i) => i.id), ...extra(named.map((i) => i.id), seen.flatMap((a) => Object.keys(a['self-assessment'] ?? {})))];
      for (const inst of instIds) {
        const known = named.find((i) => i.id === inst);
        const domainIds = known?.domains.map((d) => d.id) ?? [];
        const all = [...domainIds, ...extra(domainIds, seen.flatMap((a) => Object.keys(a['self-assessment']?.[inst] ?? {})))];
        for (const d of all) {
          const title = known?.domains.find((x) => x.id === d)?.title ?? t('programReport.item.area-gone', { id: d });
          items.push({ id: `sa:${inst}:${d}`, measure: t('programReport.measure.self', { title: known?.title ?? t('programReport.item.instrument-gone', { id: inst }) }), label: title, mean: true, categories: null, value: (a) => a['self-assessment']?.[inst]?.[d] });
        }
      }
    }
  }
  for (const id of wave.questions) {
    const q = survey.questions.find((x) => x.id === id);
    if (!q || q.type === 'text' || (q.type === 'choice' && q.group)) continue;
    const value = (a: ResponseAnswers) => a.questions?.[id];
    if (q.type === 'choice') items.push({ id: `q:${id}`, measure: t('programReport.measure.questions'), label: q.text, mean: false, categories: { ordered: false, list: q.options.map((o) => ({ key: o.id, label: o.label })) }, value });
    else items.push({ id: `q:${id}`, measure: t('programReport.measure.questions'), label: t('programReport.item.scale', { text: q.text, low: q.lowLabel.toLowerCase(), high: q.highLabel.toLowerCase() }), mean: true, categories: { ordered: true, list: points(1, 5) }, value: (a) => (typeof a.questions?.[id] === 'number' ? a.questions[id] : undefined) });
  }
  return items;
}
