/** My data's list of earlier versions a conflict left, with Restore and Download for each. */
import { showDateTime } from '../../lib/dates';
import type { EarlierRow } from './earlier';

interface Props {
  rows: EarlierRow[];
  onRestore: (row: EarlierRow) => void;
  onDownload: (row: EarlierRow) => void;
}

export function EarlierVersions({ rows, onRestore, onDownload }: Props) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="earlier-title">
      <h2 id="earlier-title">Earlier versions</h2>
      <p>
        When two tabs, or an import, changed the same thing at about the same time, the later change was kept and the other one is
        listed here, so nothing is lost. Restore one to put it back: what it replaces is then kept here in turn.
      </p>
      <ul class="earlier-list">
        {rows.map((r) => (
          <li key={`${r.def.tool}${r.version.p}${r.version.t}`}>
            <p>
              <strong>{r.def.label}</strong>: {r.where}
              <br />
              <q>{r.preview}</q>
              <br />
              <span class="hint">Replaced by a later change on {showDateTime(r.replacedAt)}</span>
            </p>
            <p class="actions">
              <button type="button" class="button-small" onClick={() => onRestore(r)}>
                Restore<span class="visually-hidden"> this earlier version of {r.where}</span>
              </button>
              <button type="button" class="button-small" onClick={() => onDownload(r)}>
                Download<span class="visually-hidden"> this earlier version of {r.where}</span>
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
