/** The check-in cadence form: how often, from when, until when, with whom. Kept as a draft as it is typed; loaded with the editor. */
import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { applyChanged, formKey, readFields } from '../drafts/model';
import { DraftBanner, DraftConfirm } from '../shared/DraftBanner';
import { ErrorSummary } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { useI18n } from '../shared/i18n';
import { useDraft } from '../shared/useDraft';
import { Field, SelectField, errorFor, summaryItems } from './Field';
import type { Host } from './host';
import { ALARMS, CADENCES, LENGTHS, localZone, validateSchedule, type FormError } from './model';
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
  const tr = useI18n();
  const { t } = tr;
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
    const found = validateSchedule(s, tr);
    setErrors(found);
    if (found.length) focus('gp-schedule-errors');
    else {
      const edited = s.every === 'off' ? { ...s, start: '', until: '' } : { ...s, withWhom: s.withWhom.trim(), zone: (s.zone ?? '').trim() };
      kept.done();
      // Only what was changed here: another tab's change to another part of the schedule stays.
      host.commit((d) => ({ ...d, schedule: applyChanged(d.schedule, opened, edited) }), t('goalPlanner.schedule.saved'));
      onClose();
    }
  };
  return (
    <form id="gp-schedule-form" class="gp-ci-form" onSubmit={submit} noValidate aria-label={t('goalPlanner.schedule.form')}>
      <DraftBanner draft={kept} text={t('goalPlanner.schedule.draft')} saveLabel={t('goalPlanner.schedule.saveDraft')} discardLabel={t('goalPlanner.discardChanges')} onDiscard={onClose} />
      <ErrorSummary id="gp-schedule-errors" items={summaryItems(errors)} />
      <SelectField id="gp-every" label={t('goalPlanner.schedule.every')} value={s.every} options={CADENCES} labels={(x) => t(`goalPlanner.cadence.${x}`)} onValue={(every) => set({ every })} />
      {s.every !== 'off' && (
        <>
          <Field {...field('start')} type="date" label={t('goalPlanner.schedule.start')} />
          <Field {...field('until')} type="date" label={t('goalPlanner.schedule.until')} hint={t('goalPlanner.schedule.untilHint')} />
          <Field {...field('withWhom')} label={t('goalPlanner.schedule.withWhom')} hint={t('goalPlanner.schedule.withWhomHint')} />
          <Field {...field('time')} type="time" label={t('goalPlanner.schedule.time')} hint={t('goalPlanner.schedule.timeHint')}
            onValue={(time) => set({ time, ...(time && !s.zone ? { zone: localZone(), minutes: s.minutes || '60' } : {}) })} />
          {s.time && (
            <>
              <SelectField id="gp-minutes" label={t('goalPlanner.schedule.length')} value={s.minutes || '60'} options={LENGTHS} labels={(x) => t(`goalPlanner.length.${x}`)} onValue={(minutes) => set({ minutes })} />
              <Field {...field('zone')} label={t('goalPlanner.schedule.zone')} hint={t('goalPlanner.schedule.zoneHint')} />
            </>
          )}
          <SelectField id="gp-alarm" label={t('goalPlanner.schedule.alarm')} value={s.alarm ?? ''} options={ALARMS} labels={(x) => t(`goalPlanner.alarm.${x || 'none'}`)} onValue={(alarm) => set({ alarm })} />
        </>
      )}
      <p class="actions">
        <button type="submit" class="primary">
          {t('goalPlanner.schedule.save')}
        </button>
        <button type="button" onClick={close}>
          {t('shared.confirm.cancel')}
        </button>
      </p>
      <DraftConfirm draft={kept} kind="cancel" />
    </form>
  );
}
