/** The check-in cadence form: how often, from when, until when, with whom. Loaded with the editor. */
import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { ErrorSummary } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { Field, SelectField, errorFor, summaryItems } from './Field';
import type { Host } from './host';
import { CADENCES, CADENCE_LABELS, validateSchedule, type FormError } from './model';
import type { Schedule } from './schema';

interface Props {
  schedule: Schedule;
  host: Host;
  /** Closes the form (after saving or cancelling). */
  onClose: () => void;
}

export function ScheduleForm({ schedule, host, onClose }: Props) {
  const today = host.today;
  const [s, setS] = useState<Schedule>(() => ({ ...schedule, id: schedule.id || newId(), every: schedule.every === 'off' ? '2w' : schedule.every, start: schedule.start || today }));
  const [errors, setErrors] = useState<FormError[]>([]);
  const focus = useFocusAfterRender();
  const set = (patch: Partial<Schedule>) => setS((x) => ({ ...x, ...patch }));
  const field = (name: 'start' | 'until' | 'withWhom') => ({
    id: `gp-${name}`,
    value: s[name],
    error: errorFor(errors, `gp-${name}`),
    onValue: (value: string) => set({ [name]: value }),
  });
  const submit = (e: Event) => {
    e.preventDefault();
    const found = validateSchedule(s);
    setErrors(found);
    if (found.length) focus('gp-schedule-errors');
    else {
      const schedule = s.every === 'off' ? { ...s, start: '', until: '' } : { ...s, withWhom: s.withWhom.trim() };
      host.commit((d) => ({ ...d, schedule }), 'Check-in schedule saved.');
      onClose();
    }
  };
  return (
    <form class="gp-ci-form" onSubmit={submit} noValidate aria-label="Check-in schedule">
      <ErrorSummary id="gp-schedule-errors" items={summaryItems(errors)} />
      <SelectField id="gp-every" label="How often" value={s.every} options={CADENCES} labels={CADENCE_LABELS} onValue={(every) => set({ every })} />
      {s.every !== 'off' && (
        <>
          <Field {...field('start')} type="date" label="First check-in" />
          <Field {...field('until')} type="date" label="Last check-in (optional)" hint="Leave it empty to keep going." />
          <Field {...field('withWhom')} label="With whom (optional)" hint="For example, your mentor’s name." />
        </>
      )}
      <p class="actions">
        <button type="submit" class="primary">
          Save check-in schedule
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </p>
    </form>
  );
}
