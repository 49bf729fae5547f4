/**
 * The My data island. At start it only finds out whether this browser lets the site store data;
 * the tools' storage definitions and the page itself (MyDataView) load together on demand, so
 * the start-up JavaScript stays small however much My data can do.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnyDefinition } from '../../lib/storage';
import { loadStores } from '../registry';
import { browserStorage } from '../shared/usePersistentState';
import type { MyDataView } from './MyDataView';

interface Props {
  siteName: string;
}

interface Loaded {
  defs: AnyDefinition[];
  View: typeof MyDataView;
}

export default function MyData({ siteName }: Props) {
  const [storage, setStorage] = useState<Storage | null | undefined>(undefined);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    const s = browserStorage();
    setStorage(s);
    if (!s) return;
    Promise.all([loadStores(), import('./MyDataView')]).then(
      ([defs, m]) => setLoaded({ defs, View: m.MyDataView }),
      () => setLoadFailed(true),
    );
  }, []);

  if (loadFailed)
    return (
      <p class="notice danger" role="alert">
        This page could not load the part that reads the tools’ data. Check your connection, then reload the page: nothing was changed.
      </p>
    );
  if (storage === undefined || (storage && !loaded)) return <p>Loading what this browser holds…</p>;
  if (storage === null || !loaded)
    return (
      <div class="notice danger" role="alert">
        <p>
          <strong>This browser does not let the site store data</strong> (storage is turned off, or blocked in this private
          window), so there is nothing to show, export or delete here. The tools still work, but only until you close the page.
        </p>
      </div>
    );
  return <loaded.View storage={storage} defs={loaded.defs} siteName={siteName} />;
}
