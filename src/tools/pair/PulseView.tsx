/**
 * The relationship pulse: answer a round alone, send it, open the partner's, see the two side by
 * side with differences of two points or more flagged and a guide for each, the trend of both,
 * and a reminder of the next round for a calendar.
 */
import { useState } from 'preact/hooks';
import { buildCalendar } from '../../lib/calendar';
import { isIsoDate, localToday } from '../../lib/dates';
import { downloadText } from '../../lib/download';
import { datedFileName } from '../../lib/file-names';
import { newId } from '../../lib/ids';
import { ErrorSummary } from '../shared/errors';
import { useI18n } from '../shared/i18n';
import type { Translator } from '../../lib/i18n/format';
import { useFocusAfterRender } from '../shared/focus';
import { loadExchange } from '../shared/exchange/api';
import { describeScale } from '../self-assessment/labels';
import { firstChoiceId, RatingItem } from '../self-assessment/Questions';
import { say } from '../self-assessment/scoring';
import { TableWrap, TrendChart, TrendTable } from './charts';
import type { PulseInstrument } from './instrument';
import { SendAnswers } from './SendAnswers';
import { pulseKind, sendPulse } from './kinds';
import { answerPulse, comparePulse, completePulse, FLAG_POINTS, notePulse, pulseTrend, suggestedNext, unansweredItems } from './model';
import { MAX_COMMENT_CHARS, type PairData } from './schema';

interface Props {
  pulse: PulseInstrument;
  data: PairData;
  setState: (update: (d: PairData) => PairData) => void;
  readOnly: boolean;
  announce: (m: string) => void;
}

const show = (a: number | 'na' | null, tr: Translator) => (a === null ? tr.t('pair.pulse.noAnswer') : a === 'na' ? tr.t('pair.pulse.doesNotApply') : tr.number(a));
const dayOf = (tr: Translator, iso: string) => tr.date(new Date(iso));

export function PulseView({ pulse, data, setState, readOnly, announce }: Props) {
  const [answering, setAnswering] = useState(false);
  const mine = data.pulses.at(-1);
  const theirs = data.partnerPulses.at(-1);
  const focus = useFocusAfterRender();
  const t = useI18n().t;
  const done = (saved: boolean) => {
    setAnswering(false);
    focus(saved ? 'pair-pulse-sent' : 'pair-pulse-start');
  };
  return (
    <>
      <p class="hint">
        {pulse.summary} {pulse.basis}
      </p>
      <section class="pair-section" aria-labelledby="pair-pulse-answer-title">
        <h4 id="pair-pulse-answer-title">{t('selfAssessment.results.answers')}</h4>
        {answering ? (
          <PulseForm pulse={pulse} data={data} setState={setState} readOnly={readOnly} announce={announce} onDone={done} />
        ) : (
          <p class="actions">
            <button type="button" id="pair-pulse-start" class="primary" disabled={readOnly} onClick={() => setAnswering(true)}>
              {t(data.pulseDraft ? 'pair.pulse.continue' : mine ? 'pair.pulse.again' : 'pair.pulse.answer')}
            </button>
          </p>
        )}
        {mine && !answering && (
          <>
            <SendAnswers
              id="pair-pulse"
              noun="answers"
              what={t('pair.pulse.sendWhat')}
              recipient={t('pair.pulse.sendRecipient')}
              kind={pulseKind.id}
              round={mine}
              fileStem="relationship-pulse"
              pack={async (name, passphrase) => (await loadExchange()).packContent(pulseKind, sendPulse(mine, name, new Date()), { passphrase })}
              announce={announce}
            />
          </>
        )}
      </section>
      <SideBySide pulse={pulse} data={data} />
      {(data.pulses.length > 0 || data.partnerPulses.length > 0) && (
        <section class="pair-section" aria-labelledby="pair-trend-title">
          <h4 id="pair-trend-title">{t('pair.pulse.trendHeading')}</h4>
          <Trend pulse={pulse} data={data} />
        </section>
      )}
      <Reminder pulse={pulse} data={data} setState={setState} readOnly={readOnly} announce={announce} />
      {theirs && !mine && <p class="notice">{t('pair.pulse.theirsKept')}</p>}
    </>
  );
}

function PulseForm({ pulse, data, setState, readOnly, announce, onDone }: Props & { onDone: (saved: boolean) => void }) {
  const [missing, setMissing] = useState<string[]>([]);
  const [tries, setTries] = useState(0);
  const draft = data.pulseDraft;
  const tr = useI18n();
  const { t } = tr;
  const ids = pulse.items.map((i) => i.id);
  const submit = (e: Event) => {
    e.preventDefault();
    const gaps = unansweredItems(ids, draft?.answers, pulse.scale);
    if (gaps.length) {
      setMissing(gaps);
      setTries((n) => n + 1);
      return;
    }
    const at = new Date();
    setState((d) => completePulse(d, pulse, at, newId(at))?.data ?? d);
    setMissing([]);
    onDone(true);
    announce(t('pair.pulse.saved'));
  };
  const still = missing.filter((id) => unansweredItems([id], draft?.answers, pulse.scale).length);
  const { min, max, notApplicable } = pulse.scale;
  const error = t('selfAssessment.take.itemError', { min, max, notApplicable });
  return (
    <form onSubmit={submit} noValidate class="pair-form">
      <p>{pulse.instructions}</p>
      <ErrorSummary key={tries} id="pair-pulse-errors" items={still.map((id) => ({ target: firstChoiceId(id), message: t('selfAssessment.take.itemSummary', { number: ids.indexOf(id) + 1, min, max, notApplicable }) }))} />
      <p id="pair-pulse-hint" class="hint">
        {t('selfAssessment.take.scaleHint', { question: pulse.scale.question, scale: describeScale(pulse.scale, tr) })}
      </p>
      {pulse.items.map((item, i) => (
        <RatingItem
          key={item.id}
          number={i + 1}
          itemId={item.id}
          text={item.text}
          scale={pulse.scale}
          hintId="pair-pulse-hint"
          answer={draft?.answers[item.id]}
          error={still.includes(item.id) ? error : undefined}
          disabled={readOnly}
          onAnswer={(a) => setState((d) => answerPulse(d, item.id, a, new Date()))}
        />
      ))}
      <div class="field">
        <label for="pair-pulse-note">{pulse.openLine}</label>
        <textarea
          id="pair-pulse-note"
          rows={2}
          maxLength={MAX_COMMENT_CHARS}
          disabled={readOnly}
          value={draft?.note ?? ''}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setState((d) => notePulse(d, text, new Date()));
          }}
        />
      </div>
      <p class="actions">
        <button type="submit" class="primary" disabled={readOnly}>
          {t('pair.pulse.save')}
        </button>
        <button type="button" onClick={() => (onDone(false), announce(t('selfAssessment.announce.stopped')))}>
          {t('selfAssessment.take.later')}
        </button>
      </p>
    </form>
  );
}

function SideBySide({ pulse, data }: Pick<Props, 'pulse' | 'data'>) {
  const mine = data.pulses.at(-1);
  const partner = data.partnerPulses.at(-1);
  const tr = useI18n();
  const { t } = tr;
  if (!mine || !partner) return null;
  const who = partner.from || t('pair.pulse.partner');
  /** A message with the partner's name where they gave one. */
  const named = (key: string, params: Record<string, string | number> = {}) => (partner.from ? t(`${key}Named`, { ...params, name: partner.from }) : t(key, params));
  const { rows, problem, skipped } = comparePulse(pulse, mine, partner.round);
  const flagged = rows.filter((r) => r.flagged);
  return (
    <section class="pair-section" aria-labelledby="pair-side-title">
      <h4 id="pair-side-title">{t('pair.pulse.sideHeading')}</h4>
      <p>{named('pair.pulse.sideLede', { date: dayOf(tr, mine.completedAt), theirDate: dayOf(tr, partner.round.completedAt) })}</p>
      {problem ? (
        <p class="notice warning">{t('pair.pulse.cannotCompare', { reason: say(tr, problem) })}</p>
      ) : (
        <>
          {(mine.instrumentVersion !== pulse.version || partner.round.instrumentVersion !== pulse.version) && (
            <p class="notice warning">{t('pair.pulse.otherVersion', { mine: mine.instrumentVersion, theirs: partner.round.instrumentVersion, version: pulse.version })}</p>
          )}
          {skipped.length > 0 && <p class="notice warning">{t('pair.pulse.skipped', { count: skipped.length, ids: skipped.join(', ') })}</p>}
          <TableWrap labelledBy="pair-side-caption">
            <table>
              <caption id="pair-side-caption">{named('pair.pulse.sideCaption', { scale: describeScale(pulse.scale, tr) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pair.pulse.statement')}</th>
                  <th scope="col">{t('pair.you')}</th>
                  <th scope="col">{who}</th>
                  <th scope="col">{t('pair.pulse.differBy', { points: FLAG_POINTS })}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} class={r.flagged ? 'pair-flagged' : undefined}>
                    <th scope="row">{r.text}</th>
                    <td>{show(r.mine, tr)}</td>
                    <td>{show(r.theirs, tr)}</td>
                    <td>{r.flagged ? <strong>{t('pair.pulse.talk')}</strong> : t('pair.pulse.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {flagged.length === 0 ? (
            <p>{t('pair.pulse.noneApart', { points: FLAG_POINTS })}</p>
          ) : (
            <>
              <h5>{t('pair.pulse.worth')}</h5>
              <ul>
                {flagged.map((r) => (
                  <li key={r.id}>
                    {named('pair.pulse.flagged', { text: r.text, mine: show(r.mine, tr), theirs: show(r.theirs, tr) })}
                    {r.guide && (
                      <>
                        {' '}
                        {t('pair.pulse.read')} <a href={r.guide.url} lang={r.guide.lang}>{r.guide.title}</a>.
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {partner.round.note && (
            <p>
              <strong>{named('pair.pulse.raise')}</strong> {partner.round.note}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Trend({ pulse, data }: Pick<Props, 'pulse' | 'data'>) {
  const t = useI18n().t;
  const series = [
    { name: t('pair.you'), points: pulseTrend(pulse, data.pulses) },
    { name: data.partnerPulses.at(-1)?.from || t('pair.pulse.partner'), points: pulseTrend(pulse, data.partnerPulses.map((p) => p.round)) },
  ].filter((s) => s.points.length);
  return (
    <figure class="pair-chart">
      <figcaption>{t('pair.pulse.trendCaption', { min: pulse.scale.min, max: pulse.scale.max })}</figcaption>
      <TrendChart series={series} min={pulse.scale.min} max={pulse.scale.max} />
      <TrendTable caption={t('pair.pulse.trendTable')} series={series} />
    </figure>
  );
}

function Reminder({ pulse, data, setState, readOnly, announce }: Props) {
  const today = localToday();
  const date = data.nextPulse || suggestedNext(pulse, data.pulses, today);
  const tr = useI18n();
  const { t } = tr;
  const download = () => {
    if (!isIsoDate(date)) return;
    const text = buildCalendar(
      [
        {
          uid: `pulse-${date}`,
          date,
          summary: t('pair.calendar.summary', { title: pulse.title }),
          description: t('pair.calendar.description', { title: pulse.title.toLocaleLowerCase(tr.lang) }),
          repeat: { freq: 'WEEKLY', interval: pulse.everyWeeks },
        },
      ],
      { product: 'Mentoring Playbook//Relationship pulse', uidDomain: location.hostname || 'playbook', name: pulse.title, now: new Date() },
    );
    downloadText(datedFileName(['relationship-pulse'], date, 'ics'), text, 'text/calendar');
    announce(t('pair.calendar.downloaded'));
  };
  return (
    <section class="pair-section no-print" aria-labelledby="pair-reminder-title">
      <h4 id="pair-reminder-title">{t('pair.reminder.heading')}</h4>
      <div class="field">
        <label for="pair-next">{t('pair.reminder.next')}</label>
        <p class="hint" id="pair-next-hint">
          {t('pair.reminder.hint', { count: pulse.everyWeeks })}
        </p>
        <input
          id="pair-next"
          type="date"
          value={date}
          disabled={readOnly}
          aria-describedby="pair-next-hint"
          onInput={(e) => {
            const v = e.currentTarget.value;
            if (v === '' || isIsoDate(v)) setState((d) => ({ ...d, nextPulse: v }));
          }}
        />
      </div>
      <p class="actions">
        <button type="button" onClick={download}>
          {t('pair.reminder.calendar')}
        </button>
      </p>
    </section>
  );
}
