/** One goal in the overview: progress, what is due, milestones, check-ins and actions. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { showDate } from '../../lib/dates';
import { STATUS_LABELS, TYPE_LABELS, dueItems, progress, type DueItem } from './goals';
import type { Editor, Host } from './host';
import type { Goal } from './schema';

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

const describe = (i: DueItem) => (i.kind === 'target' ? `target date, ${showDate(i.due)}` : `“${i.title}”, due ${showDate(i.due)}`);

export function GoalCard({ goal: g, index, count, host, act, ed, loadEditor, extra }: Props) {
  const readOnly = host.readOnly;
  // Until toggled here, open when the page found a draft of a check-in for this goal.
  const [opened, setOpen] = useState<boolean | null>(null);
  const open = opened ?? !!host.drafts?.some((k) => k.startsWith(`goal-planner:check-in:${g.id}:`));
  const p = progress(g);
  const due = dueItems(g, host.today);
  const late = due.filter((i) => i.overdue);
  const next = due.find((i) => !i.overdue);
  const id = `gp-goal-${g.id}`;
  const name = <span class="visually-hidden"> “{g.statement}”</span>;
  return (
    <li class="card gp-goal">
      <h3 id={id} tabindex={-1}>
        {g.statement}
      </h3>
      <p class="gp-meta">
        <span class="tag">{TYPE_LABELS[g.type]}</span>
        <span class="tag">{STATUS_LABELS[g.status]}</span>
        {g.target ? `Target date: ${showDate(g.target)}` : 'No target date yet'}
      </p>
      <p class="gp-progress">
        <progress max={100} value={p.percent} aria-labelledby={`${id}-pc`} />
        <span id={`${id}-pc`}>{p.total ? `${p.done} of ${p.total} milestones done (${p.percent}%)` : `No milestones yet (${p.percent}%)`}</span>
      </p>
      {late.length > 0 && (
        <p class="gp-late">
          <strong>Overdue:</strong> {late.map(describe).join('; ')}
        </p>
      )}
      {next && (
        <p>
          <strong>Next:</strong> {describe(next)}
        </p>
      )}
      {p.total > 0 && (
        <ul class="gp-ms" aria-label="Milestones">
          {g.milestones.map((m) => (
            <li key={m.id}>
              <label class="check">
                <input type="checkbox" checked={m.done} disabled={readOnly} onChange={() => act.toggle(g.id, m.id)} />
                <span>
                  {m.title} <span class="hint">(due {showDate(m.due)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {extra}
      <p>
        <button type="button" aria-expanded={open && !!ed} onClick={() => void loadEditor().then(() => setOpen(!open))}>
          Check-ins ({g.checkIns.length}){name}
        </button>
      </p>
      {open && ed && (
        <ed.CheckInPanel goal={g} host={host} />
      )}
      <p class="actions">
        <button type="button" id={`${id}-edit`} onClick={() => act.edit(g.id)} disabled={readOnly}>
          Edit{name}
        </button>
        {count > 1 && (
          <>
            <button type="button" id={`${id}-up`} onClick={() => act.move(g.id, -1)} disabled={readOnly || index === 0}>
              Move up{name}
            </button>
            <button type="button" id={`${id}-down`} onClick={() => act.move(g.id, 1)} disabled={readOnly || index === count - 1}>
              Move down{name}
            </button>
          </>
        )}
        <button type="button" onClick={() => act.archive(g.id)} disabled={readOnly}>
          Archive{name}
        </button>
      </p>
    </li>
  );
}
