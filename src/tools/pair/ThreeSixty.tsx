/**
 * The mentor 360. The mentee rates their mentor (every answer saved as given), then sends the
 * round by link or file; the mentor keeps what arrived and sees it beside their own
 * self-rating only once they have completed one for this round (answer first, then reveal).
 */
import { useEffect, useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { ErrorSummary } from '../shared/errors';
import { useI18n } from '../shared/i18n';
import { useFocusAfterRender } from '../shared/focus';
import { loadExchange } from '../shared/exchange/api';
import { describeScale } from '../self-assessment/labels';
import { firstChoiceId, RatingItem } from '../self-assessment/Questions';
import type { Instrument } from '../self-assessment/instrument';
import { describeChange, formatMean, say } from '../self-assessment/scoring';
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

/** A stored moment as its day in the page's language. */
const dayOf = (tr: ReturnType<typeof useI18n>, iso: string) => tr.date(new Date(iso));

export function ThreeSixty(props: Props) {
  const t = useI18n().t;
  return (
    <>
      <p class="hint">{t('pair.360.summary', { summary: props.rater.summary })}</p>
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
  const t = useI18n().t;
  const done = (saved: boolean) => {
    setRating(false);
    focus(saved ? 'pair-rate-sent' : 'pair-rate-start');
  };
  return (
    <section class="pair-section" aria-labelledby="pair-mentee-title">
      <h4 id="pair-mentee-title">{t('pair.360.menteeHeading')}</h4>
      {rating ? (
        <RateForm rater={rater} data={data} setState={setState} readOnly={readOnly} announce={announce} onDone={done} />
      ) : (
        <p class="actions">
          <button type="button" id="pair-rate-start" class="primary" disabled={readOnly} onClick={() => setRating(true)}>
            {t(data.ratingDraft ? 'pair.360.continue' : latest ? 'pair.360.again' : 'pair.360.rate')}
          </button>
        </p>
      )}
      {latest && !rating && (
        <>
          <SendAnswers
            id="pair-rate"
            noun="ratings"
            what={t('pair.360.sendWhat')}
            recipient={t('pair.360.sendRecipient')}
            kind={ratingKind.id}
            round={latest}
            fileStem="mentor-360"
            pack={async (name, passphrase) => (await loadExchange()).packContent(ratingKind, sendRating(latest, name, new Date()), { passphrase })}
            announce={announce}
          />
          <RoundChange rater={rater} title={t('pair.360.changeTitle')} later={latest} earlier={previous ?? null} />
        </>
      )}
    </section>
  );
}

function RateForm({ rater, data, setState, readOnly, announce, onDone }: Omit<Props, 'rated'> & { onDone: (saved: boolean) => void }) {
  const [missing, setMissing] = useState<string[]>([]);
  const [tries, setTries] = useState(0);
  const draft = data.ratingDraft;
  const tr = useI18n();
  const { t } = tr;
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
    announce(t('pair.360.saved'));
  };
  const still = missing.filter((id) => unansweredItems([id], draft?.answers, rater.scale).length);
  let n = 0;
  const { min, max, notApplicable } = rater.scale;
  return (
    <form onSubmit={submit} noValidate class="pair-form">
      <p>{rater.instructions}</p>
      <ErrorSummary
        key={tries}
        id="pair-rate-errors"
        items={still.map((id) => ({ target: firstChoiceId(id), message: t('selfAssessment.take.itemSummary', { number: raterItemIds(rater).indexOf(id) + 1, min, max, notApplicable }) }))}
      />
      <p id="pair-rate-hint" class="hint">
        {t('selfAssessment.take.scaleHint', { question: rater.scale.question, scale: describeScale(rater.scale, tr) })}
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
              error={still.includes(item.id) ? t('selfAssessment.take.itemError', { min, max, notApplicable }) : undefined}
              disabled={readOnly}
              onAnswer={(a) => setState((x) => answerRating(x, item.id, a, now()))}
            />
          ))}
          <div class="field">
            <label for={`pair-comment-${d.id}`}>{t('pair.360.comment', { area: d.title.toLocaleLowerCase(tr.lang) })}</label>
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
          {t('pair.360.save')}
        </button>
        <button type="button" onClick={() => (onDone(false), announce(t('selfAssessment.announce.stopped')))}>
          {t('selfAssessment.take.later')}
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
  const tr = useI18n();
  const { t } = tr;
  return (
    <TableWrap label={title}>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('selfAssessment.chart.area')}</th>
            <th scope="col">{earlier ? t('pair.360.thenOn', { date: dayOf(tr, earlier.completedAt) }) : t('pair.360.then')}</th>
            <th scope="col">{t('pair.360.now')}</th>
            <th scope="col">{t('selfAssessment.chart.change')}</th>
          </tr>
        </thead>
        <tbody>
          {now.scores.map((s) => {
            const e = before?.scores.find((x) => x.id === s.id)?.mean ?? null;
            const c = delta.get(s.id) ?? null;
            return (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{earlier ? formatMean(e, tr) : t('pair.360.firstRound')}</td>
                <td>{formatMean(s.mean, tr)}</td>
                <td>{c === null && !earlier ? '–' : describeChange(c, tr)}</td>
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
  const tr = useI18n();
  const { t } = tr;
  return (
    <section class="pair-section" aria-labelledby="pair-mentor-title">
      <h4 id="pair-mentor-title">{t('pair.360.mentorHeading')}</h4>
      {!entry ? (
        <p>{t('pair.360.mentorEmpty', { title: rated.title })}</p>
      ) : (
        <>
          {data.received.length > 1 && (
            <div class="field">
              <label for="pair-round">{t('pair.360.round')}</label>
              <select id="pair-round" value={entry.id} onChange={(e) => setChosen(e.currentTarget.value)}>
                {data.received.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.from ? t('pair.360.sentBy', { date: dayOf(tr, r.sentAt), name: r.from }) : t('pair.360.sent', { date: dayOf(tr, r.sentAt) })}
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
                announce(t('pair.360.deleted'));
              }}
            >
              {t('pair.360.delete')}
              <span class="visually-hidden">{t('pair.360.deleteWhich', { date: dayOf(tr, entry.sentAt) })}</span>
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
  const tr = useI18n();
  const { t } = tr;
  useEffect(() => {
    if (attempt && entry.revealedWith !== attempt.id) setState((d) => markRevealed(d, entry.id, attempt.id));
  }, [attempt?.id]);
  const named = (key: string, params: Record<string, string>) => (entry.from ? t(`${key}Named`, { ...params, name: entry.from }) : t(key, params));
  if (!attempt)
    return (
      <div class="notice" role="status">
        <p>
          <strong>{t('pair.reveal.first')}</strong> {named('pair.reveal.waiting', { date: dayOf(tr, entry.sentAt), title: rated.title })}
          {data.received.some((r) => r.revealedWith) ? ` ${t('pair.reveal.earlierDoesNotCount')}` : ''}
        </p>
        <p class="actions">
          <button type="button" onClick={() => (refresh(), setChecked((n) => n + 1))}>
            {t('pair.reveal.check')}
          </button>
        </p>
        {checked > 0 && <p>{t('pair.reveal.notYet', { title: rated.title })}</p>}
      </div>
    );
  const scored = scoreRound(rater, entry.round);
  if (scored.problem) return <p class="notice warning">{t('pair.reveal.cannotShow', { reason: say(tr, scored.problem) })}</p>;
  const rows = gapRows(rater, attempt.scores, scored.scores, entry.round.comments);
  const top = largestGaps(rows);
  const earlier = data.received.filter((r) => r.round.completedAt < entry.round.completedAt && r.revealedWith).at(-1);
  const earlierAttempt = earlier ? attempts.find((a) => a.id === earlier.revealedWith) : undefined;
  const earlierScored = earlier ? scoreRound(rater, earlier.round) : null;
  const menteeChange = changes(scored.scores, earlierScored && !earlierScored.problem ? earlierScored.scores : null);
  const selfChange = changes(attempt.scores, earlierAttempt?.scores ?? null);
  const word = (c: number | null | undefined) => (c === null || c === undefined ? '–' : describeChange(c, tr));
  return (
    <div class="pair-gap">
      <p>
        {named('pair.reveal.beside', { date: dayOf(tr, entry.round.completedAt), selfDate: dayOf(tr, attempt.completedAt), scale: describeScale(rater.scale, tr) })}
      </p>
      {(scored.versionNote || scored.skipped.length > 0 || scored.missing.length > 0) && (
        <div class="notice warning">
          {scored.versionNote && <p>{t('pair.reveal.note', { note: say(tr, scored.versionNote) })}</p>}
          {scored.skipped.length > 0 && <p>{t('pair.reveal.skipped', { count: scored.skipped.length, ids: scored.skipped.join(', ') })}</p>}
          {scored.missing.length > 0 && <p>{t('pair.reveal.missing', { count: scored.missing.length })}</p>}
        </div>
      )}
      <figure class="pair-chart">
        <figcaption id="pair-gap-caption">{t('pair.reveal.caption', { min: rater.scale.min, max: rater.scale.max })}</figcaption>
        <GapChart rows={rows} min={rater.scale.min} max={rater.scale.max} />
        <TableWrap labelledBy="pair-gap-caption">
          <table>
            <caption class="visually-hidden">{t('pair.reveal.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('selfAssessment.chart.area')}</th>
                <th scope="col">{t('pair.you')}</th>
                <th scope="col">{t('pair.mentee')}</th>
                <th scope="col">{t('pair.reveal.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.title}</th>
                  <td>{formatMean(r.self, tr)}</td>
                  <td>{formatMean(r.mentee, tr)}</td>
                  <td>{describeGap(r.gap, tr)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </figure>
      <h5>{t('pair.reveal.differMost')}</h5>
      {top.length === 0 ? (
        <p>{t('pair.reveal.close')}</p>
      ) : (
        top.map((r) => (
          <div key={r.id} class="pair-top-gap">
            <p>
              <strong>{r.title}</strong>
              {t('pair.reveal.topGap', { gap: describeGap(r.gap, tr) })}
            </p>
            <ul>
              {rater.domains.find((d) => d.id === r.id)?.guides.map((g) => (
                <li key={g.id}>
                  <a href={g.url} lang={g.lang}>{g.title}</a>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {rows.some((r) => r.comment) && (
        <>
          <h5>{t('pair.reveal.comments')}</h5>
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
        <TableWrap label={t('pair.reveal.sinceLast')}>
          <table>
            <caption>{t('pair.reveal.sinceLastOn', { date: dayOf(tr, earlier.round.completedAt) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('selfAssessment.chart.area')}</th>
                <th scope="col">{t('pair.mentee')}</th>
                <th scope="col">{t('pair.you')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.title}</th>
                  <td>{word(menteeChange.get(r.id))}</td>
                  <td>{earlierAttempt ? word(selfChange.get(r.id)) : t('selfAssessment.change.cannotCompare')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
