/**
 * The relationship pulse: answer a round alone, send it, open the partner's, see the two side by
 * side with differences of two points or more flagged and a guide for each, the trend of both,
 * and a reminder of the next round for a calendar.
 */
import { useState } from 'preact/hooks';
import { buildCalendar } from '../../lib/calendar';
import { isIsoDate, localToday, showTimestamp } from '../../lib/dates';
import { downloadText } from '../../lib/download';
import { datedFileName } from '../../lib/file-names';
import { newId } from '../../lib/ids';
import { ErrorSummary } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { loadExchange } from '../shared/exchange/api';
import { describeScale } from '../self-assessment/labels';
import { firstChoiceId, RatingItem } from '../self-assessment/Questions';
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

const show = (a: number | 'na' | null) => (a === null ? 'no answer' : a === 'na' ? 'does not apply' : String(a));

export function PulseView({ pulse, data, setState, readOnly, announce }: Props) {
  const [answering, setAnswering] = useState(false);
  const mine = data.pulses.at(-1);
  const theirs = data.partnerPulses.at(-1);
  const focus = useFocusAfterRender();
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
        <h4 id="pair-pulse-answer-title">Your answers</h4>
        {answering ? (
          <PulseForm pulse={pulse} data={data} setState={setState} readOnly={readOnly} announce={announce} onDone={done} />
        ) : (
          <p class="actions">
            <button type="button" id="pair-pulse-start" class="primary" disabled={readOnly} onClick={() => setAnswering(true)}>
              {data.pulseDraft ? 'Continue your answers' : mine ? 'Answer a new round' : 'Answer the pulse'}
            </button>
          </p>
        )}
        {mine && !answering && (
          <>
            <SendAnswers
              id="pair-pulse"
              noun="answers"
              what="your pulse answers"
              recipient="your partner"
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
          <h4 id="pair-trend-title">The pulse over time</h4>
          <Trend pulse={pulse} data={data} />
        </section>
      )}
      <Reminder pulse={pulse} data={data} setState={setState} readOnly={readOnly} announce={announce} />
      {theirs && !mine && <p class="notice">Your partner’s answers are kept. Answer the pulse yourself to see them beside yours.</p>}
    </>
  );
}

function PulseForm({ pulse, data, setState, readOnly, announce, onDone }: Props & { onDone: (saved: boolean) => void }) {
  const [missing, setMissing] = useState<string[]>([]);
  const [tries, setTries] = useState(0);
  const draft = data.pulseDraft;
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
    announce('Your pulse answers are saved. You can now send them to your partner.');
  };
  const still = missing.filter((id) => unansweredItems([id], draft?.answers, pulse.scale).length);
  const error = `Choose a number from ${pulse.scale.min} to ${pulse.scale.max}, or “${pulse.scale.notApplicable}”`;
  return (
    <form onSubmit={submit} noValidate class="pair-form">
      <p>{pulse.instructions}</p>
      <ErrorSummary key={tries} id="pair-pulse-errors" items={still.map((id) => ({ target: firstChoiceId(id), message: `Statement ${ids.indexOf(id) + 1}: ${error.replace(/^C/, 'c')}` }))} />
      <p id="pair-pulse-hint" class="hint">
        {pulse.scale.question} Answer from {describeScale(pulse.scale)}.
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
          error={still.includes(item.id) ? `${error}.` : undefined}
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
          Save my answers
        </button>
        <button type="button" onClick={() => (onDone(false), announce('Your answers are saved in this browser. Continue whenever you are ready.'))}>
          Save and finish later
        </button>
      </p>
    </form>
  );
}

function SideBySide({ pulse, data }: Pick<Props, 'pulse' | 'data'>) {
  const mine = data.pulses.at(-1);
  const partner = data.partnerPulses.at(-1);
  if (!mine || !partner) return null;
  const who = partner.from || 'Your partner';
  const { rows, problem, skipped } = comparePulse(pulse, mine, partner.round);
  const flagged = rows.filter((r) => r.flagged);
  return (
    <section class="pair-section" aria-labelledby="pair-side-title">
      <h4 id="pair-side-title">Side by side</h4>
      <p>
        Your answers of {showTimestamp(mine.completedAt)} and {who}’s of {showTimestamp(partner.round.completedAt)}.
      </p>
      {problem ? (
        <p class="notice warning">These rounds cannot be compared: {problem}.</p>
      ) : (
        <>
          {(mine.instrumentVersion !== pulse.version || partner.round.instrumentVersion !== pulse.version) && (
            <p class="notice warning">
              One of these rounds was answered with another version of the pulse (version {mine.instrumentVersion} and {partner.round.instrumentVersion}; this page has
              version {pulse.version}): statements are matched by their ids, and a statement one of you did not see shows “no answer”.
            </p>
          )}
          {skipped.length > 0 && <p class="notice warning">Skipped {skipped.length} answers to statements this pulse does not have: {skipped.join(', ')}.</p>}
          <TableWrap labelledBy="pair-side-caption">
            <table>
              <caption id="pair-side-caption">Your answers and {who}’s, {describeScale(pulse.scale)}</caption>
              <thead>
                <tr>
                  <th scope="col">Statement</th>
                  <th scope="col">You</th>
                  <th scope="col">{who}</th>
                  <th scope="col">Differ by {FLAG_POINTS}+?</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} class={r.flagged ? 'pair-flagged' : undefined}>
                    <th scope="row">{r.text}</th>
                    <td>{show(r.mine)}</td>
                    <td>{show(r.theirs)}</td>
                    <td>{r.flagged ? <strong>Yes: talk about it</strong> : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {flagged.length === 0 ? (
            <p>No statement is {FLAG_POINTS} or more points apart.</p>
          ) : (
            <>
              <h5>Worth a conversation</h5>
              <ul>
                {flagged.map((r) => (
                  <li key={r.id}>
                    “{r.text}”: you {show(r.mine)}, {who} {show(r.theirs)}.
                    {r.guide && (
                      <>
                        {' '}
                        Read <a href={r.guide.url}>{r.guide.title}</a>.
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {partner.round.note && (
            <p>
              <strong>{who} would like to raise:</strong> {partner.round.note}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Trend({ pulse, data }: Pick<Props, 'pulse' | 'data'>) {
  const series = [
    { name: 'You', points: pulseTrend(pulse, data.pulses) },
    { name: data.partnerPulses.at(-1)?.from || 'Your partner', points: pulseTrend(pulse, data.partnerPulses.map((p) => p.round)) },
  ].filter((s) => s.points.length);
  return (
    <figure class="pair-chart">
      <figcaption>Average answer per round ({pulse.scale.min} to {pulse.scale.max}): circles are you, squares your partner</figcaption>
      <TrendChart series={series} min={pulse.scale.min} max={pulse.scale.max} />
      <TrendTable caption="The pulse per round" series={series} />
    </figure>
  );
}

function Reminder({ pulse, data, setState, readOnly, announce }: Props) {
  const today = localToday();
  const date = data.nextPulse || suggestedNext(pulse, data.pulses, today);
  const download = () => {
    if (!isIsoDate(date)) return;
    const text = buildCalendar(
      [{ uid: `pulse-${date}`, date, summary: `${pulse.title}: answer and compare`, description: `Answer the ${pulse.title.toLowerCase()} and send it to your partner.`, repeat: { freq: 'WEEKLY', interval: pulse.everyWeeks } }],
      { product: 'Mentoring Playbook//Relationship pulse', uidDomain: location.hostname || 'playbook', name: pulse.title, now: new Date() },
    );
    downloadText(datedFileName(['relationship-pulse'], date, 'ics'), text, 'text/calendar');
    announce('The calendar file was downloaded.');
  };
  return (
    <section class="pair-section no-print" aria-labelledby="pair-reminder-title">
      <h4 id="pair-reminder-title">A reminder for the next round</h4>
      <div class="field">
        <label for="pair-next">Next round</label>
        <p class="hint" id="pair-next-hint">
          Every {pulse.everyWeeks} weeks is suggested. The calendar file repeats it at that interval.
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
          Add to calendar (.ics file)
        </button>
      </p>
    </section>
  );
}
