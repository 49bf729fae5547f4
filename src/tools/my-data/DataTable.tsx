import type { InventoryRow } from './model';
import type { AnyDefinition } from '../../lib/storage';
import { useI18n } from '../shared/i18n';
import { bytes, dateTime, rowSummary, toolName, toolNameInText } from './words';

interface Props {
  rows: InventoryRow[];
  /** Saves what the row holds: its data as an export, or, when it cannot be read, the stored text as it is. */
  onDownload: (def: AnyDefinition) => void;
  onDelete: (tool: string) => void;
  confirming: string | null;
  onConfirm: (tool: string | null) => void;
}

export function DataTable({ rows, onDownload, onDelete, confirming, onConfirm }: Props) {
  const i = useI18n();
  const { t } = i;
  return (
    <table class="data-table">
      <caption class="visually-hidden">{t('myData.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('myData.table.tool')}</th>
          <th scope="col">{t('myData.table.stored')}</th>
          <th scope="col">{t('myData.table.size')}</th>
          <th scope="col">{t('myData.table.saved')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('myData.table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = toolName(i, r.def);
          const inText = toolNameInText(i, r.def);
          return (
            <tr key={r.def.tool}>
              <th scope="row">{name}</th>
              <td data-label={t('myData.table.stored')}>{rowSummary(i, r)}</td>
              <td data-label={t('myData.table.size')}>{r.size ? bytes(i, r.size * 2) : '—'}</td>
              <td data-label={t('myData.table.saved')}>{dateTime(i, r.savedAt)}</td>
              <td>
                <div class="row-actions">
                  {r.state !== 'empty' && (
                    <button type="button" onClick={() => onDownload(r.def)}>
                      {t('myData.download')}
                      <span class="visually-hidden"> {t(r.state === 'unreadable' ? 'myData.table.toolDataAsStored' : 'myData.table.toolData', { tool: inText })}</span>
                    </button>
                  )}
                  {r.size === 0 ? null : confirming === r.def.tool ? (
                    <span class="confirm" role="group" aria-label={t('myData.table.confirm', { tool: name })}>
                      <button type="button" id={`delete-${r.def.tool}-yes`} class="danger" onClick={() => onDelete(r.def.tool)}>
                        {t('myData.table.yesDelete', { tool: inText })}
                      </button>
                      <button type="button" onClick={() => onConfirm(null)}>
                        {t('myData.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" id={`delete-${r.def.tool}`} class="danger" onClick={() => onConfirm(r.def.tool)}>
                      {t('myData.table.delete')}
                      <span class="visually-hidden"> {t('myData.table.toolData', { tool: inText })}</span>
                    </button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
