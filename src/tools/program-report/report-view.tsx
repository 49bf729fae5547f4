/**
 * The report: per part of the survey, the responses and each measure's table (everyone, then
 * each group); the matched change; the written answers, each on its own. A withheld figure
 * shows why in words. Each figure cell carries its values as data attributes, for tests.
 */
import { useState } from 'preact/hooks';
import { downloadText } from '../../lib/download';
import { datedFileName, slug } from '../../lib/file-names';
import { reasonText, reportCsv } from '../../lib/program/csv';
import type { Cell, ChangeCell, ChangeReport, Figures, ProgramReport, WaveReport } from '../../lib/program/report';
import type { ProgramSurvey } from '../../lib/program/survey';
import { useI18n, useT } from '../shared/i18n';
import type { Translator } from '../../lib/i18n/format';

const oneDecimal = (tr: Translator, x: number) => tr.number(x, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = (tr: Translator, x: number) => (x > 0 ? `+${oneDecimal(tr, x)}` : x < 0 ? `−${oneDecimal(tr, -x)}` : oneDecimal(tr, 0));
type Noun = 'answer' | 'response' | 'person';
const answers = (t: Translator['t'], n: number, noun: Noun = 'answer') => t(`programReport.count.${noun}`, { count: n });

function Withheld({ reason, k }: { reason: Parameters<typeof reasonText>[0]; k: number }) {
  const t = useT();
  return <span class="pr-withheld">{reasonText(reason, k, t)}</span>;
}

function FigureCell({ cell, k, item, group, noun }: { cell: Cell; k: number; item: string; group: string; noun?: Noun }) {
  const tr = useI18n();
  const { t } = tr;
  if (!cell.shown)
    return (
      <td class="pr-cell pr-cell-withheld" data-item={item} data-group={group} data-withheld={cell.reason}>
        <Withheld reason={cell.reason} k={k} />
      </td>
    );
  const d = cell.distribution;
  return (
    <td class="pr-cell" data-item={item} data-group={group} data-n={cell.n} data-mean={cell.mean ?? undefined} data-dist={d?.shown ? d.blocks.map((b) => `${b.label}:${b.count}`).join('|') : undefined}>
      {cell.mean !== null && (
        <span class="pr-mean">
          {t('programReport.mean')} <strong>{oneDecimal(tr, cell.mean)}</strong>
        </span>
      )}{' '}
      <span class="pr-n">({answers(t, cell.n, noun)})</span>
      {d?.shown && (
        <ul class="pr-dist" aria-label={t('programReport.answers-given')}>
          {d.blocks.map((b) => (
            <li key={b.label}>
              {b.label}: {tr.number(b.count)}
            </li>
          ))}
        </ul>
      )}
      {d && !d.shown && (
        <span class="pr-dist-withheld">
          {t('programReport.distribution')} <Withheld reason={d.reason} k={k} />
        </span>
      )}
    </td>
  );
}

function ChangeFigure({ cell, k, item, group }: { cell: ChangeCell; k: number; item: string; group: string }) {
  const tr = useI18n();
  if (!cell.shown)
    return (
      <td class="pr-cell pr-cell-withheld" data-item={item} data-group={group} data-withheld={cell.reason}>
        <Withheld reason={cell.reason} k={k} />
      </td>
    );
  return (
    <td class="pr-cell" data-item={item} data-group={group} data-n={cell.n} data-before={cell.before} data-after={cell.after} data-change={cell.change}>
      <strong>{signed(tr, cell.change)}</strong> <span class="pr-n">({tr.t('programReport.change-detail', { before: oneDecimal(tr, cell.before), after: oneDecimal(tr, cell.after), people: answers(tr.t, cell.n, 'person') })})</span>
    </td>
  );
}

/** Column headings: everyone, then each group question's parts under the question. */
function Head<C>({ figures, first }: { figures: Figures<C>; first: string }) {
  const t = useT();
  const splits = figures.splits;
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={splits.length ? 2 : 1}>
          {first}
        </th>
        <th scope="col" rowSpan={splits.length ? 2 : 1}>
          {t('programReport.everyone')}
        </th>
        {splits.map((s) => (
          <th scope="colgroup" colSpan={s.split.parts.length} key={s.split.question}>
            {s.split.label}
          </th>
        ))}
      </tr>
      {splits.length > 0 && (
        <tr>
          {splits.flatMap((s) =>
            s.split.parts.map((p) => (
              <th scope="col" key={`${s.split.question}:${p.id}`}>
                {p.label}
              </th>
            )),
          )}
        </tr>
      )}
    </thead>
  );
}

const groupKey = (question: string, part: string) => `${question}:${part || 'none'}`;

function Table<C>({ caption, first, rows, render }: { caption: string; first: string; rows: { id: string; label: string; figures: Figures<C> }[]; render: (c: C, item: string, group: string) => preact.JSX.Element }) {
  if (!rows.length) return null;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a keyboard can only scroll a region that takes focus
    <div class="table-scroll pr-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <Head figures={rows[0]!.figures} first={first} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {render(r.figures.all, r.id, 'all')}
              {r.figures.splits.flatMap((s) => s.parts.map((c, i) => render(c, r.id, groupKey(s.split.question, s.split.parts[i]!.id))))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Wave({ w, k }: { w: WaveReport; k: number }) {
  const t = useT();
  const measures = [...new Set(w.items.map((i) => i.item.measure))];
  const cell = (c: Cell, item: string, group: string) => <FigureCell key={group} cell={c} k={k} item={item} group={group} />;
  return (
    <section class="pr-wave" aria-labelledby={`pr-wave-${w.wave.id}`} data-wave={w.wave.id}>
      <h2 id={`pr-wave-${w.wave.id}`}>{w.wave.title}</h2>
      <Table caption={t('programReport.caption.responses', { wave: w.wave.title })} first={t('programReport.figure')} rows={[{ id: 'responses', label: t('programReport.responses'), figures: w.responses }]} render={(c, item, group) => <FigureCell key={group} cell={c} k={k} item={item} group={group} noun="response" />} />
      {!w.items.length && !w.texts.length && <p>{t('programReport.nothing-counted')}</p>}
      {measures.map((m) => (
        <Table key={m} caption={t('programReport.caption.measure', { wave: w.wave.title, measure: m })} first={t('programReport.item-heading')} rows={w.items.filter((i) => i.item.measure === m).map((i) => ({ id: i.item.id, label: i.item.label, figures: i.figures }))} render={cell} />
      ))}
      {w.texts.map((x) => (
        <section key={x.question.id} class="pr-texts" aria-labelledby={`pr-text-${w.wave.id}-${x.question.id}`} data-question={x.question.id}>
          <h3 id={`pr-text-${w.wave.id}-${x.question.id}`}>{t('programReport.written.heading', { question: x.question.text })}</h3>
          {x.answers ? (
            <>
              <p class="hint">{t('programReport.written.hint', { answers: answers(t, x.answers.length) })}</p>
              <ul class="pr-text-list">
                {x.answers.map((a, i) => (
                  <li key={i}>{a}</li>
                ))}
              </ul>
            </>
          ) : (
            <p class="pr-withheld">{reasonText('few', k, t)}</p>
          )}
        </section>
      ))}
    </section>
  );
}

function Change({ c, k }: { c: ChangeReport; k: number }) {
  const t = useT();
  const range = t('programReport.range', { from: c.from.title, to: c.to.title });
  const id = `pr-change-${c.from.id}-${c.to.id}`;
  return (
    <section class="pr-change" aria-labelledby={id} data-change={`${c.from.id}:${c.to.id}`}>
      <h3 id={id}>
        {t('programReport.change.heading', { from: c.from.title, to: c.to.title })}
      </h3>
      <Table caption={t('programReport.caption.both', { range })} first={t('programReport.figure')} rows={[{ id: 'people', label: t('programReport.both'), figures: c.people }]} render={(cell, item, group) => <FigureCell key={group} cell={cell} k={k} item={item} group={group} noun="person" />} />
      <Table caption={t('programReport.caption.change', { range })} first={t('programReport.item-heading')} rows={c.items.map((i) => ({ id: i.item.id, label: t('programReport.item-of', { measure: i.item.measure, label: i.item.label }), figures: i.figures }))} render={(cell, item, group) => <ChangeFigure key={group} cell={cell} k={k} item={item} group={group} />} />
    </section>
  );
}

export function ReportView({ report, survey }: { report: ProgramReport; survey: ProgramSurvey }) {
  const { t, lang } = useI18n();
  const [csvError, setCsvError] = useState<string | null>(null);
  const download = async () => {
    setCsvError(null);
    try {
      downloadText(datedFileName([slug(survey.name, 'program'), 'report'], new Date(), 'csv'), await reportCsv(report, t), 'text/csv');
    } catch {
      setCsvError(t('programReport.csv-failed'));
    }
  };
  return (
    <div class="pr-report">
      <p class="actions no-print">
        <button type="button" onClick={() => print()}>
          {t('programReport.print')}
        </button>
        <button type="button" onClick={() => void download()}>
          {t('programReport.download')}
        </button>
      </p>
      {csvError && (
        <p class="notice danger" role="alert">
          {csvError}
        </p>
      )}
      <p class="hint">
        {t('programReport.intro', { k: report.k })}
      </p>
      <p class="hint pr-language">{t('programReport.export.language', { language: new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang })}</p>
      {report.waves.map((w) => (
        <Wave key={w.wave.id} w={w} k={report.k} />
      ))}
      {report.changes.length > 0 && (
        <section class="pr-changes" aria-labelledby="pr-changes-title">
          <h2 id="pr-changes-title">{t('programReport.changes.heading')}</h2>
          <p>{t('programReport.changes.intro')}</p>
          {report.changes.map((c) => (
            <Change key={`${c.from.id}:${c.to.id}`} c={c} k={report.k} />
          ))}
        </section>
      )}
    </div>
  );
}
