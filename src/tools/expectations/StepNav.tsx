/** The four steps of the worksheet, as buttons; the current one is marked in words and by aria-current. */
import { useT } from '../shared/i18n';

export type View = 'mine' | 'exchange' | 'compare' | 'agreed';

const STEPS: readonly View[] = ['mine', 'exchange', 'compare', 'agreed'];

export function StepNav({ view, go }: { view: View; go: (view: View) => void }) {
  const t = useT();
  return (
    <nav class="ew-steps no-print" aria-label={t('expectations.steps.label')}>
      <ol>
        {STEPS.map((s, i) => (
          <li key={s}>
            <button type="button" class={s === view ? 'primary' : undefined} aria-current={s === view ? 'step' : undefined} onClick={() => go(s)}>
              {t('expectations.steps.item', { n: i + 1, label: t(`expectations.steps.${s}`) })}
              {s === view && <span class="visually-hidden"> {t('expectations.steps.current')}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
