/**
 * "Send your plan to your mentor": the person ticks the goals that go in (none by default:
 * nothing is shared unless chosen), chooses whether check-in notes go too, and sends a
 * read-only plan by link, QR code or file, optionally with a passphrase.
 */
import { useState } from 'preact/hooks';
import { datedFileName } from '../../lib/file-names';
import { ErrorSummary } from '../shared/errors';
import { loadExchange } from '../shared/exchange/api';
import { SendPanel } from '../shared/exchange/SendPanel';
import { activeGoals } from './goals';
import type { PlannerData } from './schema';
import { LINK_KEY, MAX_NAME_CHARS, planKind, planToSend } from './send-plan';

interface Props {
  data: PlannerData;
  announce: (message: string) => void;
}

const LABELS = { make: 'Make a link to your plan', remake: 'Make a new link to your plan', link: 'Link to your plan', file: 'Download your plan as a file' };

export function SendPlan({ data, announce }: Props) {
  const goals = activeGoals(data);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [checkIns, setCheckIns] = useState(false);
  const [from, setFrom] = useState('');
  const [blocked, setBlocked] = useState(0);
  const plan = () => planToSend(data, chosen, { from, checkIns }, new Date());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <section class="gp-section" aria-labelledby="gp-send-title">
      <h3 id="gp-send-title">Send your plan to your mentor</h3>
      {goals.length === 0 ? (
        <p>You have no goals to send yet. Add a goal first.</p>
      ) : (
        <>
          <p>
            Your mentor gets a read-only view of the goals you tick: they can read and print it, and reply with a short comment on each goal, which you
            can then add beside your goals here. Nothing is added to their own goals, and nothing is sent until you make a link or a file.
          </p>
          {blocked > 0 && chosen.size === 0 && (
            <ErrorSummary id="gp-send-summary" key={blocked} items={[{ target: `gp-send-goal-${goals[0]!.id}`, message: 'Tick at least one goal to send.' }]} />
          )}
          <fieldset>
            <legend>Goals to send</legend>
            {goals.map((g) => (
              <label class="check" key={g.id}>
                <input type="checkbox" id={`gp-send-goal-${g.id}`} checked={chosen.has(g.id)} onChange={(e) => toggle(g.id, e.currentTarget.checked)} />
                <span>{g.statement}</span>
              </label>
            ))}
          </fieldset>
          <label class="check">
            <input type="checkbox" checked={checkIns} onChange={(e) => setCheckIns(e.currentTarget.checked)} />
            <span>Include my check-in notes for these goals</span>
          </label>
          <div class="field">
            <label for="gp-send-from">Your name (optional)</label>
            <p class="hint" id="gp-send-from-hint">
              So your mentor sees who sent it.
            </p>
            <input id="gp-send-from" type="text" maxLength={MAX_NAME_CHARS} value={from} onInput={(e) => setFrom(e.currentTarget.value)} aria-describedby="gp-send-from-hint" />
          </div>
          <SendPanel
            id="gp-send"
            kind={planKind.id}
            linkKey={LINK_KEY}
            labels={LABELS}
            what="the goals you ticked"
            recipient="your mentor"
            version={JSON.stringify([[...chosen], checkIns, from, data.goals])}
            guard={() => {
              if (chosen.size) return true;
              setBlocked(blocked + 1);
              return false;
            }}
            pack={async (passphrase) => (await loadExchange()).packContent(planKind, plan(), { passphrase })}
            fileName={() => datedFileName(['goal-plan'], new Date(), 'json')}
            announce={announce}
          />
        </>
      )}
    </section>
  );
}
