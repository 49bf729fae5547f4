/** The message a tool shows when its data cannot be saved or loaded normally. */
import type { StoreDefinition, StoreStatus } from '../../lib/storage';
import { exportFileName, exportOne } from '../../lib/storage';
import { downloadText } from '../../lib/download';
import { url } from '../../lib/paths';
import { useI18n } from './i18n';
import { rich } from './rich';

export interface Props<T> {
  def: StoreDefinition<T>;
  status: StoreStatus;
  data: T;
}

function siteName(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? 'Mentoring Playbook';
}

export function StorageNoticeView<T>({ def, status, data }: Props<T>) {
  const download = () => {
    const now = new Date();
    downloadText(exportFileName(now, def.tool), JSON.stringify(exportOne(siteName(), def, data, now), null, 2));
  };
  const { t, has } = useI18n();
  // The tool's name in a sentence, in the page's language ("goal planner"); a tool without a message keeps its own label.
  const tool = has(`shared.tool.${def.tool}`) ? t(`shared.tool.${def.tool}`) : def.label.toLowerCase();
  const myData = <a href={url('my-data/')}>{t('shared.myData')}</a>;
  const exportButton = (
    <button type="button" onClick={download}>
      {t('shared.storage.download', { tool })}
    </button>
  );
  switch (status.kind) {
    case 'unavailable':
    case 'full': {
      const reason =
        status.kind === 'unavailable' && status.code
          ? t(`shared.storage.reason.${status.code}`, status.code === 'no-room' ? { reason: status.detail ?? '' } : {})
          : status.kind === 'unavailable'
            ? status.reason
            : '';
      return (
        <div class="notice danger" role="alert">
          <p>
            <strong>{t('shared.storage.notSaving')}</strong>{' '}
            {status.kind === 'full' ? t('shared.storage.full') : t('shared.storage.cannotSave', { tool, reason })}{' '}
            {t('shared.storage.keepWorking')}
          </p>
          <p>{exportButton}</p>
        </div>
      );
    }
    case 'recovered':
      return (
        <div class="notice warning" role="alert">
          <p>
            {rich(t, 'shared.storage.recovered', { reason: status.reason }, { title: <strong>{t('shared.storage.recoveredTitle', { tool })}</strong>, link: myData })}
          </p>
        </div>
      );
    case 'newer':
      return (
        <div class="notice warning" role="alert">
          <p>
            {rich(t, 'shared.storage.newer', { version: status.version, max: def.version }, { title: <strong>{t('shared.storage.newerTitle')}</strong>, link: myData })}
          </p>
        </div>
      );
    case 'deleted': {
      const answer = (keep: boolean) => window.dispatchEvent(new CustomEvent('playbook:resolve-deletion', { detail: { tool: def.tool, keep } }));
      return (
        <div class="notice warning" role="alert">
          <p>{rich(t, 'shared.storage.deleted', {}, { title: <strong>{t('shared.storage.deletedTitle', { tool })}</strong> })}</p>
          <p class="actions">
            <button type="button" class="primary" onClick={() => answer(true)}>
              {t('shared.storage.keep')}
            </button>
            <button type="button" onClick={() => answer(false)}>
              {t('shared.storage.letStand')}
            </button>
          </p>
        </div>
      );
    }
    default:
      return null;
  }
}
