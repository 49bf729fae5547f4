/** My data's list of earlier versions a conflict left, with Restore and Download for each. */
import { useI18n } from '../shared/i18n';
import type { EarlierRow } from './earlier';
import { rich } from './rich';
import { dateTime, toolName } from './words';

interface Props {
  rows: EarlierRow[];
  onRestore: (row: EarlierRow) => void;
  onDownload: (row: EarlierRow) => void;
}

export function EarlierVersions({ rows, onRestore, onDownload }: Props) {
  const i = useI18n();
  const { t } = i;
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="earlier-title">
      <h2 id="earlier-title">{t('myData.earlier.title')}</h2>
      <p>{t('myData.earlier.intro')}</p>
      <ul class="earlier-list">
        {rows.map((r) => (
          <li key={`${r.def.tool}${r.version.p}${r.version.t}`}>
            <p>
              {rich(t, 'myData.earlier.where', { tool: <strong>{toolName(i, r.def)}</strong> }, { where: r.where })}
              <br />
              <q>{r.preview}</q>
              <br />
              <span class="hint">{t('myData.earlier.replaced', { date: dateTime(i, r.replacedAt) })}</span>
            </p>
            <p class="actions">
              <button type="button" class="button-small" onClick={() => onRestore(r)}>
                {t('myData.earlier.restore')}
                <span class="visually-hidden"> {t('myData.earlier.thisVersion', { where: r.where })}</span>
              </button>
              <button type="button" class="button-small" onClick={() => onDownload(r)}>
                {t('myData.download')}
                <span class="visually-hidden"> {t('myData.earlier.thisVersion', { where: r.where })}</span>
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
