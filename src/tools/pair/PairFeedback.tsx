/**
 * The pair feedback's start: two buttons, and a link's "#pair=" fragment noticed on arrival (the
 * views read it). Every view loads on first use (views.tsx), so the self-assessment page's
 * start-up script stays small: this file is all it adds.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLazy } from '../shared/lazy';
import { I18n, useT, type I18nProps } from '../shared/i18n';
import type { PairContent } from './instrument';

export type PairTab = '360' | 'pulse';

export default function PairFeedback({ lang, messages, content }: I18nProps & { content: PairContent }) {
  return (
    <I18n lang={lang ?? 'en'} {...(messages ? { messages } : {})}>
      <Start content={content} />
    </I18n>
  );
}

function Start({ content }: { content: PairContent }) {
  const t = useT();
  const [tab, setTab] = useState<PairTab | null>(null);
  const views = useLazy(() => import('./views'), { wanted: tab !== null });
  useEffect(() => {
    const open = () => location.hash.includes('pair=') && setTab((t) => t ?? '360');
    open();
    addEventListener('hashchange', open);
  }, []);
  const Views = views.module?.PairViews;
  if (tab && Views) return <Views content={content} tab={tab} onTab={setTab} onClose={() => setTab(null)} />;
  if (tab) return <p role="status">{views.failed ? t('pair.start.failed') : t('pair.loading')}</p>;
  return (
    <p class="actions">
      {content.rater && (
        <button type="button" class="primary" onClick={() => setTab('360')}>
          {t('pair.start.open360')}
        </button>
      )}
      {content.pulse && (
        <button type="button" onClick={() => setTab('pulse')}>
          {t('pair.start.openPulse')}
        </button>
      )}
    </p>
  );
}
