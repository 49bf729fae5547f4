/**
 * "Send your plan to your mentor": the person ticks the goals that go in (none by default:
 * nothing is shared unless chosen), chooses whether check-in notes go too, and sends a
 * read-only plan by link, QR code or file, optionally with a passphrase.
 */
import { useState } from 'preact/hooks';
import { datedFileName } from '../../lib/file-names';
import type { Translator } from '../../lib/i18n/format';
import { ErrorSummary } from '../shared/errors';
import { loadExchange } from '../shared/exchange/api';
import { SendPanel, type SendLabels } from '../shared/exchange/SendPanel';
import { useT } from '../shared/i18n';
import { activeGoals } from './goals';
import type { PlannerData } from './schema';
import { LINK_KEY, MAX_NAME_CHARS, planKind, planToSend } from './send-plan';

interface Props {
  data: PlannerData;
  announce: (message: string) => void;
}

/** The send panel's buttons, for the plan (`plan`) or the mentor's reply (`reply`): goalPlanner.send.<which>.<label>. */
export const sendLabels = (t: Translator['t'], which: 'plan' | 'reply'): SendLabels => {
  const label = (key: keyof SendLabels) => t(`goalPlanner.send.${which}.${key}`);
  return { make: label('make'), remake: label('remake'), link: label('link'), file: label('file') };
};

export function SendPlan({ data, announce }: Props) {
  const t = useT();
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
      <h3 id="gp-send-title">{t('goalPlanner.send.heading')}</h3>
      {goals.length === 0 ? (
        <p>{t('goalPlanner.send.none')}</p>
      ) : (
        <>
          <p>{t('goalPlanner.send.intro')}</p>
          {blocked > 0 && chosen.size === 0 && (
            <ErrorSummary id="gp-send-summary" key={blocked} items={[{ target: `gp-send-goal-${goals[0]!.id}`, message: t('goalPlanner.send.error') }]} />
          )}
          <fieldset>
            <legend>{t('goalPlanner.send.goals')}</legend>
            {goals.map((g) => (
              <label class="check" key={g.id}>
                <input type="checkbox" id={`gp-send-goal-${g.id}`} checked={chosen.has(g.id)} onChange={(e) => toggle(g.id, e.currentTarget.checked)} />
                <span>{g.statement}</span>
              </label>
            ))}
          </fieldset>
          <label class="check">
            <input type="checkbox" checked={checkIns} onChange={(e) => setCheckIns(e.currentTarget.checked)} />
            <span>{t('goalPlanner.send.checkIns')}</span>
          </label>
          <div class="field">
            <label for="gp-send-from">{t('goalPlanner.yourName')}</label>
            <p class="hint" id="gp-send-from-hint">
              {t('goalPlanner.send.fromHint')}
            </p>
            <input id="gp-send-from" type="text" maxLength={MAX_NAME_CHARS} value={from} onInput={(e) => setFrom(e.currentTarget.value)} aria-describedby="gp-send-from-hint" />
          </div>
          <SendPanel
            id="gp-send"
            kind={planKind.id}
            linkKey={LINK_KEY}
            labels={sendLabels(t, 'plan')}
            what={t('goalPlanner.send.what')}
            recipient={t('goalPlanner.comments.yourMentor')}
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
