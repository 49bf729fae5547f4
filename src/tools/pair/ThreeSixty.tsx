/**
 * The mentor 360. The mentee rates their mentor (every answer saved as given), then sends the
 * round by link or file; the mentor keeps what arrived and sees it beside their own
 * self-rating only once they have completed one for this round (answer first, then reveal).
 */
import { useEffect, useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { showTimestamp } from '../../lib/dates';
import { ErrorSummary } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { loadExchange } from '../shared/exchange/api';
import { describeScale } from '../self-assessment/labels';
import { firstChoiceId, RatingItem } from '../self-assessment/Questions';
import type { Instrument } from '../self-assessment/instrument';
import { formatMean } from '../self-assessment/scoring';
import { GapChart, TableWrap } from './charts';
import type { RaterInstrument } from './instrument';
import { SendAnswers } from './SendAnswers';
import { ratingKind, sendRating } from './kinds';
import { answerRating, changes, commentRating, completeRating, deleteReceived, describeGap, gapRows, largestGaps, markRevealed, raterItemIds, revealAttempt, scoreRound, unansweredItems } from './model';
import { MAX_COMMENT_CHARS, type PairData, type ReceivedRating } from './schema';
import { useSelfAttempts } from './useSelfAttempts';

type SetState = (update: (d: PairData) => PairData) => void;
interface Props {
  rater: RaterInstrument;
  rated: Instrument;
  data: PairData;
  setState: SetState;
  readOnly: boolean;
  announce: (m: string) => void;
}

export function ThreeSixty(props: Props) {
  return (
    <>
      <p class="hint">{props.rater.summary} A reflection aid, not a validated instrument: see “About these questionnaires” below.</p>
      <MenteeSide {...props} />
      <MentorSide {...props} />
    </>
  );
}

function MenteeSide({ rater, data, setState, readOnly, announce }: Props) {
  const [rating, setRating] = useState(false);
  const latest = data.ratings.at(-1);
  const previous = data.ratings.at(-2);
  const focus = useFocusAfterRender();
  const done = (saved: boolean) => {
    setRating(false);
    focus(saved ? 'pair-rate-sent' : 'pair-rate-start');
  };
  return (
    <section class="pair-section" aria-labelledby="pair-mentee-title">
      <h4 id="pair-mentee-title">For the mentee: rate your mentor</h4>
      {rating ? (
        <RateForm rater={rater} data={data} setState={setState} readOnly={readOnly} announce={announce} onDone={done} />
      ) : (
        <p class="actions">
          <button type="button" id="pair-rate-start" class="primary" disabled={readOnly} onClick={() => setRating(true)}>
            {data.ratingDraft ? 'Continue rating your mentor' : latest ? 'Rate your mentor again (a new round)' : 'Rate your mentor'}
          </button>
        </p>
      )}
      {latest && !rating && (
        <>
          <SendAnswers
            id="pair-rate"
            noun="ratings"
            what="your ratings and comments"
            recipient="your mentor"
            kind={ratingKind.id}
            round={latest}
            fileStem="mentor-360"
            pack={async (name, passphrase) => (await loadExchange()).packContent(ratingKind, sendRating(latest, name, new Date()), { passphrase })}
            announce={announce}
          />
          <RoundChange rater={rater} title="Your ratings: change since your last round" later={latest} earlier={previous ?? null} />
        </>
      )}
    </section>
  );
}

function RateForm({ rater, data, setState, readOnly, announce, onDone }: Omit<Props, 'rated'> & { onDone: (saved: boolean) => void }) {
  const [missing, setMissing] = useState<string[]>([]);
  const [tries, setTries] = useState(0);
  const draft = data.ratingDraft;
  const now = () => new Date();
  const submit = (e: Event) => {
    e.preventDefault();
    const gaps = unansweredItems(raterItemIds(rater), draft?.answers, rater.scale);
    if (gaps.length) {
      setMissing(gaps);
      setTries((n) => n + 1);
      return;
    }
    const at = now();
    setState((d) => completeRating(d, rater, at, newId(at))?.data ?? d);
    setMissing([]);
    onDone(true);
    announce('Your ratings are saved. You can now send them to your mentor.');
  };
  const still = missing.filter((id) => unansweredItems([id], draft?.answers, rater.scale).length);
  let n = 0;
  return (
    <form onSubmit={submit} noValidate class="pair-form">
      <p>{rater.instructions}</p>
      <ErrorSummary
        key={tries}
        id="pair-rate-errors"
        items={still.map((id) => ({ target: firstChoiceId(id), message: `Statement ${raterItemIds(rater).indexOf(id) + 1}: choose a number from ${rater.scale.min} to ${rater.scale.max}, or “${rater.scale.notApplicable}”` }))}
      />
      <p id="pair-rate-hint" class="hint">
        {rater.scale.question} Answer from {describeScale(rater.scale)}.
      </p>
      {rater.domains.map((d) => (
        <div key={d.id} class="pair-domain">
          <h5>{d.title}</h5>
          <p>{d.description}</p>
          {d.items.map((item) => (
            <RatingItem
              key={item.id}
              number={++n}
              itemId={item.id}
              text={item.text}
              scale={rater.scale}
              hintId="pair-rate-hint"
              answer={draft?.answers[item.id]}
              error={still.includes(item.id) ? `Choose a number from ${rater.scale.min} to ${rater.scale.max}, or “${rater.scale.notApplicable}”.` : undefined}
              disabled={readOnly}
              onAnswer={(a) => setState((x) => answerRating(x, item.id, a, now()))}
            />
          ))}
          <div class="field">
            <label for={`pair-comment-${d.id}`}>Comment for your mentor on {d.title.toLowerCase()} (optional)</label>
            <textarea
              id={`pair-comment-${d.id}`}
              rows={2}
              maxLength={MAX_COMMENT_CHARS}
              disabled={readOnly}
              value={draft?.comments[d.id] ?? ''}
              onInput={(e) => {
                const text = e.currentTarget.value;
                setState((x) => commentRating(x, d.id, text, now()));
              }}
            />
          </div>
        </div>
      ))}
      <p class="actions">
        <button type="submit" class="primary" disabled={readOnly}>
          Save my ratings
        </button>
        <button type="button" onClick={() => (onDone(false), announce('Your answers are saved in this browser. Continue whenever you are ready.'))}>
          Save and finish later
        </button>
      </p>
    </form>
  );
}

/** Change per domain between two of the mentee's rounds, scored against today's instrument. */
function RoundChange({ rater, title, later, earlier }: { rater: RaterInstrument; title: string; later: PairData['ratings'][number]; earlier: PairData['ratings'][number] | null }) {
  const now = scoreRound(rater, later);
  const before = earlier ? scoreRound(rater, earlier) : null;
  const delta = changes(now.scores, before?.problem ? null : (before?.scores ?? null));
  return (
    <TableWrap label={title}>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">{earlier ? `Then (${showTimestamp(earlier.completedAt)})` : 'Then'}</th>
            <th scope="col">Now</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {now.scores.map((s) => {
            const e = before?.scores.find((x) => x.id === s.id)?.mean ?? null;
            const c = delta.get(s.id) ?? null;
            return (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{earlier ? formatMean(e) : 'first round'}</td>
                <td>{formatMean(s.mean)}</td>
                <td>{c === null ? (earlier ? 'cannot compare' : '–') : c === 0 ? 'no change' : `${c > 0 ? 'up' : 'down'} ${Math.abs(c).toFixed(1)}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

function MentorSide({ rater, rated, data, setState, readOnly, announce }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const entry = data.received.find((r) => r.id === chosen) ?? data.received.at(-1);
  return (
    <section class="pair-section" aria-labelledby="pair-mentor-title">
      <h4 id="pair-mentor-title">For the mentor: ratings from your mentee</h4>
      {!entry ? (
        <p>When your mentee sends you their ratings, open the link in this browser, or paste it or choose the file below. Rate yourself with {rated.title} above on this page too: you see their ratings only after your own.</p>
      ) : (
        <>
          {data.received.length > 1 && (
            <div class="field">
              <label for="pair-round">Round</label>
              <select id="pair-round" value={entry.id} onChange={(e) => setChosen(e.currentTarget.value)}>
                {data.received.map((r) => (
                  <option key={r.id} value={r.id}>
                    Sent {showTimestamp(r.sentAt)}
                    {r.from ? ` by ${r.from}` : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
          <Reveal key={entry.id} entry={entry} rater={rater} rated={rated} data={data} setState={setState} />
          <p class="actions no-print">
            <button
              type="button"
              disabled={readOnly}
              onClick={() => {
                setState((d) => deleteReceived(d, entry.id));
                setChosen(null);
                announce('Those ratings were deleted from this browser.');
              }}
            >
              Delete these ratings<span class="visually-hidden"> sent {showTimestamp(entry.sentAt)}</span>
            </button>
          </p>
        </>
      )}
    </section>
  );
}

function Reveal({ entry, rater, rated, data, setState }: { entry: ReceivedRating; rater: RaterInstrument; rated: Instrument; data: PairData; setState: SetState }) {
  const { attempts, refresh } = useSelfAttempts();
  const attempt = revealAttempt(entry, data.received, attempts, rated.id);
  const [checked, setChecked] = useState(0);
  useEffect(() => {
    if (attempt && entry.revealedWith !== attempt.id) setState((d) => markRevealed(d, entry.id, attempt.id));
  }, [attempt?.id]);
  const who = entry.from || 'your mentee';
  if (!attempt)
    return (
      <div class="notice" role="status">
        <p>
          <strong>Rate yourself first.</strong> You have ratings from {who}, sent {showTimestamp(entry.sentAt)}. So that neither of you anchors on the
          other, they are shown only after you complete your own <strong>{rated.title}</strong> self-assessment for this round (above on this page).
          {data.received.some((r) => r.revealedWith) ? ' A self-assessment you completed for an earlier round does not count.' : ''}
        </p>
        <p class="actions">
          <button type="button" onClick={() => (refresh(), setChecked((n) => n + 1))}>
            I have rated myself: show the comparison
          </button>
        </p>
        {checked > 0 && <p>No self-assessment of {rated.title} completed for this round yet.</p>}
      </div>
    );
  const scored = scoreRound(rater, entry.round);
  if (scored.problem) return <p class="notice warning">These ratings cannot be shown: {scored.problem}.</p>;
  const rows = gapRows(rater, attempt.scores, scored.scores, entry.round.comments);
  const top = largestGaps(rows);
  const earlier = data.received.filter((r) => r.round.completedAt < entry.round.completedAt && r.revealedWith).at(-1);
  const earlierAttempt = earlier ? attempts.find((a) => a.id === earlier.revealedWith) : undefined;
  const earlierScored = earlier ? scoreRound(rater, earlier.round) : null;
  const menteeChange = changes(scored.scores, earlierScored && !earlierScored.problem ? earlierScored.scores : null);
  const selfChange = changes(attempt.scores, earlierAttempt?.scores ?? null);
  const word = (c: number | null | undefined) => (c === null || c === undefined ? '–' : c === 0 ? 'no change' : `${c > 0 ? 'up' : 'down'} ${Math.abs(c).toFixed(1)}`);
  return (
    <div class="pair-gap">
      <p>
        {who}’s ratings of {showTimestamp(entry.round.completedAt)} beside your self-assessment of {showTimestamp(attempt.completedAt)}. Both are on{' '}
        {describeScale(rater.scale)}; the gap is your mentee’s rating minus your own.
      </p>
      {(scored.versionNote || scored.skipped.length > 0 || scored.missing.length > 0) && (
        <div class="notice warning">
          {scored.versionNote && <p>Note: {scored.versionNote}.</p>}
          {scored.skipped.length > 0 && <p>Skipped {scored.skipped.length} answers to statements this page does not have: {scored.skipped.join(', ')}.</p>}
          {scored.missing.length > 0 && <p>{scored.missing.length} statements have no answer in these ratings; each area’s average uses the statements answered.</p>}
        </div>
      )}
      <figure class="pair-chart">
        <figcaption id="pair-gap-caption">Your rating and your mentee’s, per area (average, {rater.scale.min} to {rater.scale.max})</figcaption>
        <GapChart rows={rows} min={rater.scale.min} max={rater.scale.max} />
        <TableWrap labelledBy="pair-gap-caption">
          <table>
            <caption class="visually-hidden">Your rating, your mentee’s and the gap, per area</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">You</th>
                <th scope="col">Mentee</th>
                <th scope="col">Gap</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.title}</th>
                  <td>{formatMean(r.self)}</td>
                  <td>{formatMean(r.mentee)}</td>
                  <td>{describeGap(r.gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </figure>
      <h5>Where your views differ most</h5>
      {top.length === 0 ? (
        <p>Your ratings and your mentee’s are within half a point of each other in every area.</p>
      ) : (
        top.map((r) => (
          <div key={r.id} class="pair-top-gap">
            <p>
              <strong>{r.title}</strong>: your mentee’s rating is {describeGap(r.gap)} than yours. Guides for this area:
            </p>
            <ul>
              {rater.domains.find((d) => d.id === r.id)?.guides.map((g) => (
                <li key={g.id}>
                  <a href={g.url}>{g.title}</a>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {rows.some((r) => r.comment) && (
        <>
          <h5>Your mentee’s comments</h5>
          <dl class="pair-comments">
            {rows.filter((r) => r.comment).map((r) => (
              <div key={r.id}>
                <dt>{r.title}</dt>
                <dd>{r.comment}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {earlier && (
        <TableWrap label="Change per area since the last round">
          <table>
            <caption>Change per area since the last round ({showTimestamp(earlier.round.completedAt)})</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Mentee</th>
                <th scope="col">You</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.title}</th>
                  <td>{word(menteeChange.get(r.id))}</td>
                  <td>{earlierAttempt ? word(selfChange.get(r.id)) : 'cannot compare'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
