/**
 * The report as CSV: one row per published figure, in long form (section, part of the survey,
 * item, group, figure, value), built from the protected report only, so it can hold nothing the
 * page does not show; a withheld figure is a row with its reason and no value. Never a raw
 * response. Papa Parse writes the CSV (quoting, formula escaping) and is loaded on first use.
 */
import type { Translator } from '../i18n/format';
import type { Cell, ChangeCell, Figures, ProgramReport, Reason } from './report';

/** The columns' message keys (programReport.csv.column-…), in order. */
export const CSV_COLUMNS = ['section', 'part', 'item', 'group', 'figure', 'value', 'note'] as const;
export type CsvRow = [string, string, string, string, string, string, string];

export const reasonText = (reason: Reason, k: number, t: Translator['t']): string => (reason === 'few' ? t('programReport.withheld-few', { k }) : t('programReport.withheld-complement'));

const num = (x: number) => String(x);

function figureRows<C extends Cell | ChangeCell>(figures: Figures<C>, k: number, t: Translator['t'], row: (group: string, figure: string, value: string, note?: string) => CsvRow, values: (c: Extract<C, { shown: true }>) => [string, string][]): CsvRow[] {
  const rows: CsvRow[] = [];
  const one = (group: string, c: C) => {
    if (!c.shown) rows.push(row(group, t('programReport.csv.answers'), '', reasonText(c.reason, k, t)));
    else for (const [figure, value] of values(c as Extract<C, { shown: true }>)) rows.push(row(group, figure, value));
  };
  one(t('programReport.everyone'), figures.all);
  for (const s of figures.splits) s.parts.forEach((c, i) => one(t('programReport.csv.group', { question: s.split.label, part: s.split.parts[i]!.label }), c));
  return rows;
}

function cellValues(k: number, t: Translator['t']) {
  return (c: Extract<Cell, { shown: true }>): [string, string][] => {
    const out: [string, string][] = [[t('programReport.csv.answers'), num(c.n)]];
    if (c.mean !== null) out.push([t('programReport.csv.mean'), c.mean.toFixed(1)]);
    if (c.distribution?.shown) for (const b of c.distribution.blocks) out.push([t('programReport.csv.count', { label: b.label }), num(b.count)]);
    else if (c.distribution) out.push([t('programReport.csv.distribution'), reasonText(c.distribution.reason, k, t)]);
    return out;
  };
}

const changeValues = (t: Translator['t']) => (c: Extract<ChangeCell, { shown: true }>): [string, string][] => [
  [t('programReport.csv.answers'), num(c.n)],
  [t('programReport.csv.mean-before'), c.before.toFixed(1)],
  [t('programReport.csv.mean-after'), c.after.toFixed(1)],
  [t('programReport.csv.mean-change'), c.change.toFixed(1)],
];

/** The rows, headings first. */
export function reportRows(report: ProgramReport, t: Translator['t']): CsvRow[] {
  const { k } = report;
  const rows: CsvRow[] = [CSV_COLUMNS.map((c) => t(`programReport.csv.column-${c}`)) as CsvRow];
  const values = cellValues(k, t);
  const section = { responses: t('programReport.csv.section-responses'), written: t('programReport.csv.section-written'), change: t('programReport.csv.section-change') };
  const everyone = t('programReport.everyone');
  const answer = t('programReport.csv.answer');
  for (const w of report.waves) {
    const r = (item: string) => (group: string, figure: string, value: string, note = ''): CsvRow => [section.responses, w.wave.title, item, group, figure, value, note];
    rows.push(...figureRows(w.responses, k, t, r(t('programReport.responses')), values));
    for (const { item, figures } of w.items) rows.push(...figureRows(figures, k, t, (g, f, v, n = '') => [item.measure, w.wave.title, item.label, g, f, v, n], values));
    for (const x of w.texts) {
      if (!x.answers) rows.push([section.written, w.wave.title, x.question.text, everyone, answer, '', reasonText('few', k, t)]);
      else for (const a of x.answers) rows.push([section.written, w.wave.title, x.question.text, everyone, answer, a, '']);
    }
  }
  for (const c of report.changes) {
    const part = t('programReport.range', { from: c.from.title, to: c.to.title });
    const answers = t('programReport.csv.answers');
    rows.push(...figureRows(c.people, k, t, (g, f, v, n = '') => [section.change, part, t('programReport.both'), g, f === answers ? t('programReport.csv.people') : f, v, n], values));
    for (const { item, figures } of c.items) rows.push(...figureRows(figures, k, t, (g, f, v, n = '') => [section.change, part, t('programReport.item-of', { measure: item.measure, label: item.label }), g, f, v, n], changeValues(t)));
  }
  return rows;
}

/** The CSV text (Papa Parse loaded on first use). */
export async function reportCsv(report: ProgramReport, t: Translator['t']): Promise<string> {
  const { unparse } = await import('papaparse');
  return unparse(reportRows(report, t), { escapeFormulae: true, newline: '\r\n' });
}
