/** The four steps of the worksheet, as buttons; the current one is marked in words and by aria-current. */
export type View = 'mine' | 'exchange' | 'compare' | 'agreed';

const STEPS: { view: View; label: string }[] = [
  { view: 'mine', label: 'Your copy' },
  { view: 'exchange', label: 'Exchange copies' },
  { view: 'compare', label: 'Compare and agree' },
  { view: 'agreed', label: 'Agreed version' },
];

export function StepNav({ view, go }: { view: View; go: (view: View) => void }) {
  return (
    <nav class="ew-steps no-print" aria-label="Worksheet steps">
      <ol>
        {STEPS.map((s, i) => (
          <li key={s.view}>
            <button type="button" class={s.view === view ? 'primary' : undefined} aria-current={s.view === view ? 'step' : undefined} onClick={() => go(s.view)}>
              {i + 1}. {s.label}
              {s.view === view && <span class="visually-hidden"> (current step)</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
