/**
 * Shows the storage problem message when there is one. The message and its export
 * code load only then: most visits never need them, so they stay out of the start-up JavaScript.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { Props } from './StorageNoticeView';
import { BackupReminder } from './BackupReminder';

const PROBLEMS = new Set(['unavailable', 'full', 'recovered', 'newer', 'deleted']);

export function StorageNotice<T>(props: Props<T>) {
  const needed = PROBLEMS.has(props.status.kind);
  const [View, setView] = useState<FunctionComponent<Props<T>> | null>(null);
  useEffect(() => {
    if (needed && !View) void import('./StorageNoticeView').then((m) => setView(() => m.StorageNoticeView as FunctionComponent<Props<T>>));
  }, [needed, View]);
  // One message at a time: a storage problem comes before the backup reminder.
  return needed ? View && <View {...props} /> : <BackupReminder hasData={!props.def.isEmpty(props.data)} />;
}
