/** The list of archived goals: restore one, or delete it for good after a second click. Loaded with the editor. */
import { useState } from 'preact/hooks';
import { useFocusAfterRender } from '../shared/focus';
import { deleteGoal } from './edits';
import type { Host } from './host';
import { setArchived } from './plan';
import type { Goal } from './schema';
import { quoted } from './words';

export function ArchivedList({ goals, host }: { goals: Goal[]; host: Host }) {
  const t = host.tr.t;
  const readOnly = host.readOnly;
  const restore = (id: string) => host.commit((d) => setArchived(d, id, false), t('goalPlanner.archived.restored'), `gp-goal-${id}`);
  const remove = (id: string) => host.commit((d) => deleteGoal(d, id), t('goalPlanner.archived.deleted'), goals.length > 1 ? 'gp-archived-title' : 'gp-goals-title');
  const [confirming, setConfirming] = useState<string | null>(null);
  const focus = useFocusAfterRender();
  const ask = (id: string | null, focusId: string) => {
    setConfirming(id);
    focus(focusId);
  };
  return (
    <ul id="gp-archived" class="gp-archived">
        {goals.map((g) => {
          const name = <span class="visually-hidden"> {quoted(t, g.statement)}</span>;
          return (
            <li key={g.id}>
              <span>{g.statement}</span>
              <span class="actions">
                {confirming === g.id ? (
                  <>
                    <strong>{t('goalPlanner.archived.question')}</strong>
                    <button type="button" class="danger" id={`gp-del-${g.id}`} onClick={() => remove(g.id)}>
                      {t('goalPlanner.archived.yes')}{name}
                    </button>
                    <button type="button" onClick={() => ask(null, `gp-ask-${g.id}`)}>
                      {t('goalPlanner.archived.no')}
                    </button>
                  </>
                ) : (
                  <>
                    <button type="button" onClick={() => restore(g.id)} disabled={readOnly}>
                      {t('goalPlanner.archived.restore')}{name}
                    </button>
                    <button type="button" class="danger" id={`gp-ask-${g.id}`} onClick={() => ask(g.id, `gp-del-${g.id}`)} disabled={readOnly}>
                      {t('goalPlanner.archived.delete')}{name}
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
