/** One goal in the overview: progress, what is due, milestones, check-ins and actions. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translator } from '../../lib/i18n/format';
import { useI18n } from '../shared/i18n';
import { dueItems, progress, type DueItem } from './goals';
import type { Editor, Host } from './host';
import type { Goal } from './schema';
import { day, quoted } from './words';

export interface GoalActions {
  edit: (id: string) => void;
  move: (id: string, by: -1 | 1) => void;
  archive: (id: string) => void;
  toggle: (goalId: string, milestoneId: string) => void;
}

interface Props {
  goal: Goal;
  index: number;
  count: number;
  host: Host;
  act: GoalActions;
  ed: Editor | null;
  loadEditor: () => Promise<unknown>;
  /** Shown after the milestones: the comments a mentor sent about this goal. */
  extra?: ComponentChildren;
}

const describe = (tr: Translator, i: DueItem) =>
  i.kind === 'target' ? tr.t('goalPlanner.due.target', { date: day(tr, i.due) }) : tr.t('goalPlanner.due.milestone', { title: quoted(tr.t, i.title), date: day(tr, i.due) });

export function GoalCard({ goal: g, index, count, host, act, ed, loadEditor, extra }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const readOnly = host.readOnly;
  // Until toggled here, open when the page found a draft of a check-in for this goal.
  const [opened, setOpen] = useState<boolean | null>(null);
  const open = opened ?? !!host.drafts?.some((k) => k.startsWith(`goal-planner:check-in:${g.id}:`));
  const p = progress(g);
  const due = dueItems(g, host.today);
  const late = due.filter((i) => i.overdue);
  const next = due.find((i) => !i.overdue);
  const id = `gp-goal-${g.id}`;
  const name = <span class="visually-hidden"> {quoted(t, g.statement)}</span>;
  return (
    <li class="card gp-goal">
      <h3 id={id} tabindex={-1}>
        {g.statement}
      </h3>
      <p class="gp-meta">
        <span class="tag">{t(`goalPlanner.type.${g.type}`)}</span>
        <span class="tag">{t(`goalPlanner.status.${g.status}`)}</span>
        {g.target ? t('goalPlanner.card.target', { date: day(tr, g.target) }) : t('goalPlanner.card.noTarget')}
      </p>
      <p class="gp-progress">
        <progress max={100} value={p.percent} aria-labelledby={`${id}-pc`} />
        <span id={`${id}-pc`}>{t(p.total ? 'goalPlanner.progress' : 'goalPlanner.card.noMilestones', { ...p })}</span>
      </p>
      {late.length > 0 && (
        <p class="gp-late">
          <strong>{t('goalPlanner.card.overdue')}</strong> {late.map((i) => describe(tr, i)).join('; ')}
        </p>
      )}
      {next && (
        <p>
          <strong>{t('goalPlanner.card.next')}</strong> {describe(tr, next)}
        </p>
      )}
      {p.total > 0 && (
        <ul class="gp-ms" aria-label={t('goalPlanner.milestones.title')}>
          {g.milestones.map((m) => (
            <li key={m.id}>
              <label class="check">
                <input type="checkbox" checked={m.done} disabled={readOnly} onChange={() => act.toggle(g.id, m.id)} />
                <span>
                  {m.title} <span class="hint">{t('goalPlanner.card.due', { date: day(tr, m.due) })}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {extra}
      <p>
        <button type="button" aria-expanded={open && !!ed} onClick={() => void loadEditor().then(() => setOpen(!open))}>
          {t('goalPlanner.card.checkIns', { count: g.checkIns.length })}{name}
        </button>
      </p>
      {open && ed && (
        <ed.CheckInPanel goal={g} host={host} />
      )}
      <p class="actions">
        <button type="button" id={`${id}-edit`} onClick={() => act.edit(g.id)} disabled={readOnly}>
          {t('goalPlanner.card.edit')}{name}
        </button>
        {count > 1 && (
          <>
            <button type="button" id={`${id}-up`} onClick={() => act.move(g.id, -1)} disabled={readOnly || index === 0}>
              {t('goalPlanner.card.up')}{name}
            </button>
            <button type="button" id={`${id}-down`} onClick={() => act.move(g.id, 1)} disabled={readOnly || index === count - 1}>
              {t('goalPlanner.card.down')}{name}
            </button>
          </>
        )}
        <button type="button" onClick={() => act.archive(g.id)} disabled={readOnly}>
          {t('goalPlanner.card.archive')}{name}
        </button>
      </p>
    </li>
  );
}
