/**
 * Loads a view's module the first time it is wanted, so the page's start-up
 * JavaScript holds only the first view (the results and the questions come later).
 */
import { useEffect, useState } from 'preact/hooks';

export type Lazy<T> = { state: 'loading' } | { state: 'ready'; module: T } | { state: 'failed' };

export function useLazy<T>(load: () => Promise<T>, wanted: boolean): Lazy<T> {
  const [result, setResult] = useState<Lazy<T>>({ state: 'loading' });
  useEffect(() => {
    if (!wanted || result.state === 'ready') return;
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (module) => live && setResult({ state: 'ready', module }),
      () => live && setResult({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return result;
}
