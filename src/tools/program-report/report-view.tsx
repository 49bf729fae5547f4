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
import { formatNumber } from '../../lib/text';

const one = (x: number) => x.toFixed(1);
const signed = (x: number) => (x > 0 ? `+${one(x)}` : x < 0 ? `−${one(-x)}` : one(0));
const answers = (n: number, noun = 'answer') => `${formatNumber(n)} ${n === 1 ? noun : `${noun}s`}`;

function Withheld({ reason, k }: { reason: Parameters<typeof reasonText>[0]; k: number }) {
  return <span class="pr-withheld">{reasonText(reason, k)}</span>;
}

function FigureCell({ cell, k, item, group, noun }: { cell: Cell; k: number; item: string; group: string; noun?: string }) {
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
          Mean <strong>{one(cell.mean)}</strong>
        </span>
      )}{' '}
      <span class="pr-n">({answers(cell.n, noun)})</span>
      {d?.shown && (
        <ul class="pr-dist" aria-label="Answers given">
          {d.blocks.map((b) => (
            <li key={b.label}>
              {b.label}: {formatNumber(b.count)}
            </li>
          ))}
        </ul>
      )}
      {d && !d.shown && (
        <span class="pr-dist-withheld">
          Distribution: <Withheld reason={d.reason} k={k} />
        </span>
      )}
    </td>
  );
}

function ChangeFigure({ cell, k, item, group }: { cell: ChangeCell; k: number; item: string; group: string }) {
  if (!cell.shown)
    return (
      <td class="pr-cell pr-cell-withheld" data-item={item} data-group={group} data-withheld={cell.reason}>
        <Withheld reason={cell.reason} k={k} />
      </td>
    );
  return (
    <td class="pr-cell" data-item={item} data-group={group} data-n={cell.n} data-before={cell.before} data-after={cell.after} data-change={cell.change}>
      <strong>{signed(cell.change)}</strong> <span class="pr-n">(from {one(cell.before)} to {one(cell.after)}, {answers(cell.n, 'person')})</span>
    </td>
  );
}

/** Column headings: everyone, then each group question's parts under the question. */
function Head<C>({ figures, first }: { figures: Figures<C>; first: string }) {
  const splits = figures.splits;
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={splits.length ? 2 : 1}>
          {first}
        </th>
        <th scope="col" rowSpan={splits.length ? 2 : 1}>
          Everyone
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
  const measures = [...new Set(w.items.map((i) => i.item.measure))];
  const cell = (c: Cell, item: string, group: string) => <FigureCell key={group} cell={c} k={k} item={item} group={group} />;
  return (
    <section class="pr-wave" aria-labelledby={`pr-wave-${w.wave.id}`} data-wave={w.wave.id}>
      <h2 id={`pr-wave-${w.wave.id}`}>{w.wave.title}</h2>
      <Table caption={`${w.wave.title}: responses`} first="Figure" rows={[{ id: 'responses', label: 'Responses', figures: w.responses }]} render={(c, item, group) => <FigureCell key={group} cell={c} k={k} item={item} group={group} noun="response" />} />
      {!w.items.length && !w.texts.length && <p>This part of the survey asks nothing the report counts.</p>}
      {measures.map((m) => (
        <Table key={m} caption={`${w.wave.title}: ${m}`} first="Item" rows={w.items.filter((i) => i.item.measure === m).map((i) => ({ id: i.item.id, label: i.item.label, figures: i.figures }))} render={cell} />
      ))}
      {w.texts.map((t) => (
        <section key={t.question.id} class="pr-texts" aria-labelledby={`pr-text-${w.wave.id}-${t.question.id}`} data-question={t.question.id}>
          <h3 id={`pr-text-${w.wave.id}-${t.question.id}`}>Written answers: {t.question.text}</h3>
          {t.answers ? (
            <>
              <p class="hint">{answers(t.answers.length)}, sorted, each on its own: nothing else from the same response is shown with them.</p>
              <ul class="pr-text-list">
                {t.answers.map((a, i) => (
                  <li key={i}>{a}</li>
                ))}
              </ul>
            </>
          ) : (
            <p class="pr-withheld">{reasonText('few', k)}</p>
          )}
        </section>
      ))}
    </section>
  );
}

function Change({ c, k }: { c: ChangeReport; k: number }) {
  const id = `pr-change-${c.from.id}-${c.to.id}`;
  return (
    <section class="pr-change" aria-labelledby={id} data-change={`${c.from.id}:${c.to.id}`}>
      <h3 id={id}>
        From “{c.from.title}” to “{c.to.title}”
      </h3>
      <Table caption={`${c.from.title} to ${c.to.title}: people who answered both`} first="Figure" rows={[{ id: 'people', label: 'People who answered both', figures: c.people }]} render={(cell, item, group) => <FigureCell key={group} cell={cell} k={k} item={item} group={group} noun="person" />} />
      <Table caption={`${c.from.title} to ${c.to.title}: change in the mean`} first="Item" rows={c.items.map((i) => ({ id: i.item.id, label: `${i.item.measure}: ${i.item.label}`, figures: i.figures }))} render={(cell, item, group) => <ChangeFigure key={group} cell={cell} k={k} item={item} group={group} />} />
    </section>
  );
}

export function ReportView({ report, survey }: { report: ProgramReport; survey: ProgramSurvey }) {
  const [csvError, setCsvError] = useState<string | null>(null);
  const download = async () => {
    setCsvError(null);
    try {
      downloadText(datedFileName([slug(survey.name, 'program'), 'report'], new Date(), 'csv'), await reportCsv(report), 'text/csv');
    } catch {
      setCsvError('The CSV could not be made: the part of the page that writes CSV did not load. Check your connection, then try again.');
    }
  };
  return (
    <div class="pr-report">
      <p class="actions no-print">
        <button type="button" onClick={() => print()}>
          Print the report
        </button>
        <button type="button" onClick={() => void download()}>
          Download the figures (CSV)
        </button>
      </p>
      {csvError && (
        <p class="notice danger" role="alert">
          {csvError}
        </p>
      )}
      <p class="hint">
        No figure covers fewer than {report.k} people. Means are rounded to one decimal; each is followed by the number of answers it is over.
      </p>
      {report.waves.map((w) => (
        <Wave key={w.wave.id} w={w} k={report.k} />
      ))}
      {report.changes.length > 0 && (
        <section class="pr-changes" aria-labelledby="pr-changes-title">
          <h2 id="pr-changes-title">Change for the people who answered two parts</h2>
          <p>Each person’s later answer against their earlier one, for the people who answered both parts; a positive change means the answers rose.</p>
          {report.changes.map((c) => (
            <Change key={`${c.from.id}:${c.to.id}`} c={c} k={report.k} />
          ))}
        </section>
      )}
    </div>
  );
}
