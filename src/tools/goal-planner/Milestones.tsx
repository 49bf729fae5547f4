/** The milestone rows of the goal form: up to six, each with a due date and a done box. */
import { newId } from '../../lib/ids';
import { FieldError } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { useT } from '../shared/i18n';
import { Advice, Field, errorFor } from './Field';
import { MAX_MILESTONES, type FormError } from './model';
import type { Milestone } from './schema';

interface Props {
  milestones: Milestone[];
  errors: FormError[];
  advice?: string[] | undefined;
  onChange: (milestones: Milestone[]) => void;
  /** Leaving a due date: the form then says if a milestone falls after the goal's target date. */
  onDueBlur?: () => void;
}

export function Milestones({ milestones, errors, advice, onChange, onDueBlur }: Props) {
  const t = useT();
  const focus = useFocusAfterRender();
  const full = milestones.length >= MAX_MILESTONES;
  const update = (id: string, patch: Partial<Milestone>) => onChange(milestones.map((m) => (m.id === id ? { ...m, ...patch } : m)));
  const add = () => {
    const id = newId();
    onChange([...milestones, { id, title: '', due: '', done: false }]);
    focus(`gp-m-${id}-title`);
  };
  const remove = (i: number) => {
    const neighbour = milestones[i + 1] ?? milestones[i - 1];
    onChange(milestones.filter((_, j) => j !== i));
    focus(neighbour ? `gp-m-${neighbour.id}-title` : 'gp-add-milestone');
  };
  const tooMany = errorFor(errors, 'gp-add-milestone');

  return (
    <fieldset class="gp-milestones-edit" aria-describedby="gp-milestones-hint">
      <legend>{t('goalPlanner.milestones.title')}</legend>
      <p id="gp-milestones-hint" class="hint">
        {t('goalPlanner.milestones.hint', { max: MAX_MILESTONES })}
      </p>
      {advice?.length ? <Advice items={advice} /> : null}
      <ol class="gp-rows">
        {milestones.map((m, i) => (
          <li key={m.id}>
            <fieldset>
              <legend>{t('goalPlanner.milestones.legend', { number: i + 1 })}</legend>
              <Field id={`gp-m-${m.id}-title`} label={t('goalPlanner.milestones.what')} value={m.title} error={errorFor(errors, `gp-m-${m.id}-title`)} onValue={(title) => update(m.id, { title })} />
              <Field id={`gp-m-${m.id}-due`} label={t('goalPlanner.milestones.due')} type="date" value={m.due} error={errorFor(errors, `gp-m-${m.id}-due`)} onValue={(due) => update(m.id, { due })} onBlur={onDueBlur} />
              <label class="check">
                <input type="checkbox" checked={m.done} onChange={() => update(m.id, { done: !m.done })} /> {t('goalPlanner.milestones.done')}
              </label>
              <button type="button" class="danger" onClick={() => remove(i)}>
                {t('goalPlanner.milestones.remove', { number: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {tooMany && <FieldError>{tooMany}</FieldError>}
      <button type="button" id="gp-add-milestone" onClick={add} disabled={full} aria-describedby={full ? 'gp-milestones-full' : undefined}>
        {t('goalPlanner.milestones.add')}
      </button>
      {full && (
        <p id="gp-milestones-full" class="hint">
          {t('goalPlanner.milestones.full', { max: MAX_MILESTONES })}
        </p>
      )}
    </fieldset>
  );
}
