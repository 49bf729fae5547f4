/** The message a tool shows when its data cannot be saved or loaded normally. */
import type { StoreDefinition, StoreStatus } from '../../lib/storage';
import { exportFileName, exportOne } from '../../lib/storage';
import { downloadText } from '../../lib/download';
import { url } from '../../lib/paths';

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
  const exportButton = (
    <button type="button" onClick={download}>
      Download a copy of your {def.label.toLowerCase()} data
    </button>
  );
  switch (status.kind) {
    case 'unavailable':
    case 'full':
      return (
        <div class="notice danger" role="alert">
          <p>
            <strong>Your changes are not being saved.</strong>{' '}
            {status.kind === 'full'
              ? 'This browser’s storage for the site is full.'
              : `The ${def.label.toLowerCase()} cannot save here: ${status.reason}.`}{' '}
            You can keep working, but closing or reloading this page will lose your changes. Download a copy to keep them.
          </p>
          <p>{exportButton}</p>
        </div>
      );
    case 'recovered':
      return (
        <div class="notice warning" role="alert">
          <p>
            <strong>Your saved {def.label.toLowerCase()} data could not be read</strong> ({status.reason}), so the tool has started
            fresh. Nothing was deleted: the unreadable copy is kept on <a href={url('my-data/')}>My data</a>, where you can download it.
          </p>
        </div>
      );
    case 'newer':
      return (
        <div class="notice warning" role="alert">
          <p>
            <strong>This data was saved by a newer version of the playbook</strong> (data version {status.version}; this page
            understands up to version {def.version}). To keep it safe, this page will not change it. Open the newer version of
            the site to edit it, or export it from <a href={url('my-data/')}>My data</a>.
          </p>
        </div>
      );
    case 'deleted': {
      const answer = (keep: boolean) => window.dispatchEvent(new CustomEvent('playbook:resolve-deletion', { detail: { tool: def.tool, keep } }));
      return (
        <div class="notice warning" role="alert">
          <p>
            <strong>Your saved {def.label.toLowerCase()} data was deleted in another tab or window</strong>, while this page had
            changes that were not saved yet. Nothing is saved here until you choose. Keep your changes to save everything this
            page shows again, or let the deletion stand to clear this page too.
          </p>
          <p class="actions">
            <button type="button" class="primary" onClick={() => answer(true)}>
              Keep my changes
            </button>
            <button type="button" onClick={() => answer(false)}>
              Let the deletion stand
            </button>
          </p>
        </div>
      );
    }
    default:
      return null;
  }
}
