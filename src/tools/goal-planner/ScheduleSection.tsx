/** The check-ins section of the overview: a summary, and the form (from the editor) when asked for. */
import { useState } from 'preact/hooks';
import type { Translator } from '../../lib/i18n/format';
import { useI18n } from '../shared/i18n';
import { useFocusAfterRender } from '../shared/focus';
import { nextCheckIn } from './goals';
import type { Editor, Host } from './host';
import type { Schedule } from './schema';
import { day } from './words';

interface Props {
  schedule: Schedule;
  host: Host;
  ed: Editor | null;
  loadEditor: () => Promise<unknown>;
}

/** "Every two weeks with Sam, from 5 December 2026 until 30 June 2027. Next check-in: 3 December 2026." */
function summary(tr: Translator, s: Schedule, next: string | null): string {
  const { t } = tr;
  const key = `goalPlanner.schedule.from${s.withWhom ? 'With' : ''}${s.until ? 'Until' : ''}`;
  const when = t(key, { cadence: t(`goalPlanner.cadence.${s.every}`), name: s.withWhom, start: day(tr, s.start), until: day(tr, s.until) });
  return `${when} ${next ? t('goalPlanner.goals.next', { date: day(tr, next) }) : t('goalPlanner.schedule.ended')}`;
}

export function ScheduleSection({ schedule: s, host, ed, loadEditor }: Props) {
  // Until opened or closed here, open when the page found a draft of the form.
  const [opened, setOpen] = useState<boolean | null>(null);
  const open = opened ?? !!host.drafts?.includes('goal-planner:schedule');
  const tr = useI18n();
  const { t } = tr;
  const focus = useFocusAfterRender();
  const next = nextCheckIn(s, host.today);
  const close = () => {
    setOpen(false);
    focus('gp-schedule-edit');
  };
  return (
    <section class="gp-section" aria-labelledby="gp-schedule-title">
      <h2 id="gp-schedule-title">{t('goalPlanner.schedule.heading')}</h2>
      {open && ed ? (
        <ed.ScheduleForm schedule={s} host={host} onClose={close} />
      ) : (
        <>
          <p>
            {s.every === 'off' ? t('goalPlanner.schedule.none') : summary(tr, s, next)}
          </p>
          <p>
            <button type="button" id="gp-schedule-edit" disabled={host.readOnly} onClick={() => void loadEditor().then(() => (setOpen(true), focus('gp-every')))}>
              {t(s.every === 'off' ? 'goalPlanner.schedule.setUp' : 'goalPlanner.schedule.change')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
