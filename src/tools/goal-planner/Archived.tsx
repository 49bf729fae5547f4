/** The list of archived goals: restore one, or delete it for good after a second click. Loaded with the editor. */
import { useState } from 'preact/hooks';
import { useFocusAfterRender } from '../shared/focus';
import { deleteGoal } from './edits';
import type { Host } from './host';
import { setArchived } from './plan';
import type { Goal } from './schema';

export function ArchivedList({ goals, host }: { goals: Goal[]; host: Host }) {
  const readOnly = host.readOnly;
  const restore = (id: string) => host.commit((d) => setArchived(d, id, false), 'Goal restored.', `gp-goal-${id}`);
  const remove = (id: string) => host.commit((d) => deleteGoal(d, id), 'Goal deleted.', goals.length > 1 ? 'gp-archived-title' : 'gp-goals-title');
  const [confirming, setConfirming] = useState<string | null>(null);
  const focus = useFocusAfterRender();
  const ask = (id: string | null, focusId: string) => {
    setConfirming(id);
    focus(focusId);
  };
  return (
    <ul id="gp-archived" class="gp-archived">
        {goals.map((g) => {
          const name = <span class="visually-hidden"> “{g.statement}”</span>;
          return (
            <li key={g.id}>
              <span>{g.statement}</span>
              <span class="actions">
                {confirming === g.id ? (
                  <>
                    <strong>Delete it for good?</strong>
                    <button type="button" class="danger" id={`gp-del-${g.id}`} onClick={() => remove(g.id)}>
                      Yes, delete{name}
                    </button>
                    <button type="button" onClick={() => ask(null, `gp-ask-${g.id}`)}>
                      No, keep it
                    </button>
                  </>
                ) : (
                  <>
                    <button type="button" onClick={() => restore(g.id)} disabled={readOnly}>
                      Restore{name}
                    </button>
                    <button type="button" class="danger" id={`gp-ask-${g.id}`} onClick={() => ask(g.id, `gp-del-${g.id}`)} disabled={readOnly}>
                      Delete{name}
                    </button>
                  </>
                )}
              </span>
            </li>
          );
        })}
    </ul>
  );
}
