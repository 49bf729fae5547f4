/** Loads views.ts (the exchange, compare and agreed views) the first time one is needed. */
import { useEffect, useState } from 'preact/hooks';

type Views = typeof import('./views');

export function useViews(needed: boolean): { views: Views | null; failed: boolean } {
  const [views, setViews] = useState<Views | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || views) return;
    import('./views').then(setViews, () => setFailed(true));
  }, [needed]);
  return { views, failed };
}
