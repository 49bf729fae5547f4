import type { InventoryRow } from './model';
import { showDateTime } from '../../lib/dates';
import type { AnyDefinition } from '../../lib/storage';
import { formatBytes } from '../../lib/text';

interface Props {
  rows: InventoryRow[];
  /** Saves what the row holds: its data as an export, or, when it cannot be read, the stored text as it is. */
  onDownload: (def: AnyDefinition) => void;
  onDelete: (tool: string) => void;
  confirming: string | null;
  onConfirm: (tool: string | null) => void;
}

const when = (iso?: string) => (iso ? showDateTime(iso) : '—');

export function DataTable({ rows, onDownload, onDelete, confirming, onConfirm }: Props) {
  return (
    <table class="data-table">
      <caption class="visually-hidden">What each tool has stored in this browser</caption>
      <thead>
        <tr>
          <th scope="col">Tool</th>
          <th scope="col">What is stored</th>
          <th scope="col">Size</th>
          <th scope="col">Last saved</th>
          <th scope="col"><span class="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.def.tool}>
            <th scope="row">{r.def.label}</th>
            <td data-label="What is stored">{r.summary}</td>
            <td data-label="Size">{r.size ? formatBytes(r.size * 2) : '—'}</td>
            <td data-label="Last saved">{when(r.savedAt)}</td>
            <td>
              <div class="row-actions">
                {r.state !== 'empty' && (
                  <button type="button" onClick={() => onDownload(r.def)}>
                    Download<span class="visually-hidden"> {r.def.label.toLowerCase()} data{r.state === 'unreadable' ? ' as it is stored' : ''}</span>
                  </button>
                )}
                {r.size === 0 ? null : confirming === r.def.tool ? (
                  <span class="confirm" role="group" aria-label={`Confirm deleting ${r.def.label} data`}>
                    <button type="button" id={`delete-${r.def.tool}-yes`} class="danger" onClick={() => onDelete(r.def.tool)}>
                      Yes, delete {r.def.label.toLowerCase()} data
                    </button>
                    <button type="button" onClick={() => onConfirm(null)}>Cancel</button>
                  </span>
                ) : (
                  <button type="button" id={`delete-${r.def.tool}`} class="danger" onClick={() => onConfirm(r.def.tool)}>
                    Delete<span class="visually-hidden"> {r.def.label.toLowerCase()} data</span>
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
