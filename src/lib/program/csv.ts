/**
 * The report as CSV: one row per published figure, in long form (section, part of the survey,
 * item, group, figure, value), built from the protected report only, so it can hold nothing the
 * page does not show; a withheld figure is a row with its reason and no value. Never a raw
 * response. Papa Parse writes the CSV (quoting, formula escaping) and is loaded on first use.
 */
import type { Cell, ChangeCell, Figures, ProgramReport, Reason } from './report';

export const CSV_COLUMNS = ['Section', 'Part of the survey', 'Item', 'Group', 'Figure', 'Value', 'Note'] as const;
export type CsvRow = [string, string, string, string, string, string, string];

export const reasonText = (reason: Reason, k: number): string =>
  reason === 'few' ? `Fewer than ${k} answers: not shown to protect privacy` : 'Withheld so that it cannot be subtracted from another figure';

const num = (x: number) => String(x);

function figureRows<C extends Cell | ChangeCell>(figures: Figures<C>, k: number, row: (group: string, figure: string, value: string, note?: string) => CsvRow, values: (c: Extract<C, { shown: true }>) => [string, string][]): CsvRow[] {
  const rows: CsvRow[] = [];
  const one = (group: string, c: C) => {
    if (!c.shown) rows.push(row(group, 'Answers', '', reasonText(c.reason, k)));
    else for (const [figure, value] of values(c as Extract<C, { shown: true }>)) rows.push(row(group, figure, value));
  };
  one('Everyone', figures.all);
  for (const s of figures.splits) s.parts.forEach((c, i) => one(`${s.split.label} ${s.split.parts[i]!.label}`, c));
  return rows;
}

function cellValues(k: number) {
  return (c: Extract<Cell, { shown: true }>): [string, string][] => {
    const out: [string, string][] = [['Answers', num(c.n)]];
    if (c.mean !== null) out.push(['Mean', c.mean.toFixed(1)]);
    if (c.distribution?.shown) for (const b of c.distribution.blocks) out.push([`Count: ${b.label}`, num(b.count)]);
    else if (c.distribution) out.push(['Distribution', reasonText(c.distribution.reason, k)]);
    return out;
  };
}

const changeValues = (c: Extract<ChangeCell, { shown: true }>): [string, string][] => [
  ['Answers', num(c.n)],
  ['Mean before', c.before.toFixed(1)],
  ['Mean after', c.after.toFixed(1)],
  ['Mean change', c.change.toFixed(1)],
];

/** The rows, headings first. */
export function reportRows(report: ProgramReport): CsvRow[] {
  const { k } = report;
  const rows: CsvRow[] = [[...CSV_COLUMNS]];
  const values = cellValues(k);
  for (const w of report.waves) {
    const r = (item: string) => (group: string, figure: string, value: string, note = ''): CsvRow => ['Responses', w.wave.title, item, group, figure, value, note];
    rows.push(...figureRows(w.responses, k, r('Responses'), values));
    for (const { item, figures } of w.items) rows.push(...figureRows(figures, k, (g, f, v, n = '') => [item.measure, w.wave.title, item.label, g, f, v, n], values));
    for (const t of w.texts) {
      if (!t.answers) rows.push(['Written answers', w.wave.title, t.question.text, 'Everyone', 'Answer', '', reasonText('few', k)]);
      else for (const a of t.answers) rows.push(['Written answers', w.wave.title, t.question.text, 'Everyone', 'Answer', a, '']);
    }
  }
  for (const c of report.changes) {
    const part = `${c.from.title} to ${c.to.title}`;
    rows.push(...figureRows(c.people, k, (g, f, v, n = '') => ['Matched change', part, 'People who answered both', g, f === 'Answers' ? 'People' : f, v, n], values));
    for (const { item, figures } of c.items) rows.push(...figureRows(figures, k, (g, f, v, n = '') => ['Matched change', part, `${item.measure}: ${item.label}`, g, f, v, n], changeValues));
  }
  return rows;
}

/** The CSV text (Papa Parse loaded on first use). */
export async function reportCsv(report: ProgramReport): Promise<string> {
  const { unparse } = await import('papaparse');
  return unparse(reportRows(report), { escapeFormulae: true, newline: '\r\n' });
}
