/**
 * The My data island. At start it only finds out whether this browser lets the site store data;
 * the tools' storage definitions and the page itself (MyDataView) load together on demand, so
 * the start-up JavaScript stays small however much My data can do.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnyDefinition } from '../../lib/storage';
import { loadStores } from '../registry';
import { I18n, useT, type I18nProps } from '../shared/i18n';
import { browserStorage } from '../shared/usePersistentState';
import type { MyDataView } from './MyDataView';
import { rich } from './rich';

/** `messages`: "myData.", "shared." and "tools." (the tools' names), in the page's language. */
interface Props extends I18nProps {
  siteName: string;
}

interface Loaded {
  defs: AnyDefinition[];
  View: typeof MyDataView;
}

export default function MyData({ siteName, lang = 'en', messages }: Props) {
  return (
    <I18n lang={lang} {...(messages ? { messages } : {})}>
      <MyDataStart siteName={siteName} />
    </I18n>
  );
}

function MyDataStart({ siteName }: { siteName: string }) {
  const t = useT();
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
        {t('myData.loadFailed')}
      </p>
    );
  if (storage === undefined || (storage && !loaded)) return <p>{t('myData.loading')}</p>;
  if (storage === null || !loaded)
    return (
      <div class="notice danger" role="alert">
        <p>{rich(t, 'myData.noStorage.body', { title: <strong>{t('myData.noStorage.title')}</strong> })}</p>
      </div>
    );
  return <loaded.View storage={storage} defs={loaded.defs} siteName={siteName} />;
}
