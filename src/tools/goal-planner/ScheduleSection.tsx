/** The check-ins section of the overview: a summary, and the form (from the editor) when asked for. */
import { useState } from 'preact/hooks';
import { showDate } from '../../lib/dates';
import { useFocusAfterRender } from '../shared/focus';
import { CADENCE_LABELS, nextCheckIn } from './goals';
import type { Editor, Host } from './host';
import type { Schedule } from './schema';

interface Props {
  schedule: Schedule;
  host: Host;
  ed: Editor | null;
  loadEditor: () => Promise<unknown>;
}

export function ScheduleSection({ schedule: s, host, ed, loadEditor }: Props) {
  // Until opened or closed here, open when the page found a draft of the form.
  const [opened, setOpen] = useState<boolean | null>(null);
  const open = opened ?? !!host.drafts?.includes('goal-planner:schedule');
  const focus = useFocusAfterRender();
  const next = nextCheckIn(s, host.today);
  const close = () => {
    setOpen(false);
    focus('gp-schedule-edit');
  };
  return (
    <section class="gp-section" aria-labelledby="gp-schedule-title">
      <h2 id="gp-schedule-title">Check-ins</h2>
      {open && ed ? (
        <ed.ScheduleForm schedule={s} host={host} onClose={close} />
      ) : (
        <>
          <p>
            {s.every === 'off'
              ? 'Agree with your mentor how often you will review your goals.'
              : `${CADENCE_LABELS[s.every]}${s.withWhom && ` with ${s.withWhom}`}, from ${showDate(s.start)}${s.until && ` until ${showDate(s.until)}`}. Next check-in: ${next ? showDate(next) : 'none, the series has ended'}.`}
          </p>
          <p>
            <button type="button" id="gp-schedule-edit" disabled={host.readOnly} onClick={() => void loadEditor().then(() => (setOpen(true), focus('gp-every')))}>
              {s.every === 'off' ? 'Set up regular check-ins' : 'Change the check-in schedule'}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
