/** The check-in cadence form: how often, from when, until when, with whom. Kept as a draft as it is typed; loaded with the editor. */
import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { applyChanged, formKey, readFields } from '../drafts/model';
import { DraftBanner, DraftConfirm } from '../shared/DraftBanner';
import { ErrorSummary } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { useDraft } from '../shared/useDraft';
import { Field, SelectField, errorFor, summaryItems } from './Field';
import type { Host } from './host';
import { ALARMS, ALARM_LABELS, CADENCES, CADENCE_LABELS, LENGTHS, LENGTH_LABELS, localZone, validateSchedule, type FormError } from './model';
import type { Schedule } from './schema';

/** The key of the schedule form's draft. */
export const SCHEDULE_DRAFT = formKey('goal-planner', 'schedule');

interface Props {
  schedule: Schedule;
  host: Host;
  /** Closes the form (after saving or cancelling). */
  onClose: () => void;
}

export function ScheduleForm({ schedule, host, onClose }: Props) {
  const today = host.today;
  const [s, setS] = useState<Schedule>(() => ({ time: '', minutes: '', zone: '', alarm: '', ...schedule, id: schedule.id || newId(), every: schedule.every === 'off' ? '2w' : schedule.every, start: schedule.start || today }));
  const [errors, setErrors] = useState<FormError[]>([]);
  const focus = useFocusAfterRender();
  const set = (patch: Partial<Schedule>) => setS((x) => ({ ...x, ...patch }));
  /** The schedule as saved when the form opened: saving writes only what was changed from it. */
  const [opened] = useState(schedule);
  const fieldsOf = ({ id: _id, ...rest }: Schedule) => rest;
  const values = fieldsOf(s);
  const kept = useDraft({
    key: SCHEDULE_DRAFT,
    tool: 'goal-planner',
    form: 'schedule',
    formId: 'gp-schedule-form',
    values,
    base: fieldsOf(opened),
    read: (stored) => readFields(values, stored, { every: (x) => (CADENCES as readonly unknown[]).includes(x) }),
    restore: (restored) => setS((x) => ({ ...x, ...restored })),
    resume: host.drafts?.[0],
  });
  const close = () => kept.leave('cancel', onClose);
  const field = (name: 'start' | 'until' | 'withWhom' | 'time' | 'zone') => ({
    id: `gp-${name}`,
    value: s[name] ?? '',
    error: errorFor(errors, `gp-${name}`),
    onValue: (value: string) => set({ [name]: value }),
  });
  const submit = (e: Event) => {
    e.preventDefault();
    const found = validateSchedule(s);
    setErrors(found);
    if (found.length) focus('gp-schedule-errors');
    else {
      const edited = s.every === 'off' ? { ...s, start: '', until: '' } : { ...s, withWhom: s.withWhom.trim(), zone: (s.zone ?? '').trim() };
      kept.done();
      // Only what was changed here: another tab's change to another part of the schedule stays.
      host.commit((d) => ({ ...d, schedule: applyChanged(d.schedule, opened, edited) }), 'Check-in schedule saved.');
      onClose();
    }
  };
  return (
    <form id="gp-schedule-form" class="gp-ci-form" onSubmit={submit} noValidate aria-label="Check-in schedule">
      <DraftBanner draft={kept} text="Draft: this check-in schedule is not saved yet." saveLabel="Save this schedule" discardLabel="Discard changes" onDiscard={onClose} />
      <ErrorSummary id="gp-schedule-errors" items={summaryItems(errors)} />
      <SelectField id="gp-every" label="How often" value={s.every} options={CADENCES} labels={CADENCE_LABELS} onValue={(every) => set({ every })} />
      {s.every !== 'off' && (
        <>
          <Field {...field('start')} type="date" label="First check-in" />
          <Field {...field('until')} type="date" label="Last check-in (optional)" hint="Leave it empty to keep going." />
          <Field {...field('withWhom')} label="With whom (optional)" hint="For example, your mentor’s name." />
          <Field {...field('time')} type="time" label="Time (optional)" hint="Leave it empty for an all-day event in your calendar."
            onValue={(time) => set({ time, ...(time && !s.zone ? { zone: localZone(), minutes: s.minutes || '60' } : {}) })} />
          {s.time && (
            <>
              <SelectField id="gp-minutes" label="Length" value={s.minutes || '60'} options={LENGTHS} labels={LENGTH_LABELS} onValue={(minutes) => set({ minutes })} />
              <Field {...field('zone')} label="Time zone" hint="For example Europe/London or America/New_York. Your calendar shows the time in your own zone." />
            </>
          )}
          <SelectField id="gp-alarm" label="Reminder" value={s.alarm ?? ''} options={ALARMS} labels={ALARM_LABELS} onValue={(alarm) => set({ alarm })} />
        </>
      )}
      <p class="actions">
        <button type="submit" class="primary">
          Save check-in schedule
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </p>
      <DraftConfirm draft={kept} kind="cancel" />
    </form>
  );
}
