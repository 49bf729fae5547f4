/**
 * Loads a part of a tool (a view, the exports) the first time it is wanted, so the page's
 * start-up JavaScript holds only the first view. One loader per part: the module is kept
 * once loaded; a failed load (offline) is reported and may be tried again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Lazy<M> {
  /** The module, once loaded. */
  module: M | null;
  /** True after a load failed, until the next attempt. */
  failed: boolean;
  /** Starts (or joins) the load. Never rejects: after a failure it stays pending, and `failed` is set. */
  load: () => Promise<M>;
}

export interface LazyOptions {
  /** Load as soon as this is true (a view that is showing). */
  wanted?: boolean;
  /** Called when a load fails, e.g. to announce it. */
  onError?: () => void;
}

export function useLazy<M>(load: () => Promise<M>, { wanted = false, onError }: LazyOptions = {}): Lazy<M> {
  const [module, setModule] = useState<M | null>(null);
  const [failed, setFailed] = useState(false);
  const pending = useRef<Promise<M> | null>(null);
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const start = () => {
    setFailed(false);
    pending.current ??= load().then(
      (m) => {
        setModule(() => m);
        return m;
      },
      () => {
        pending.current = null;
        setFailed(true);
        errorRef.current?.();
        return new Promise<never>(() => undefined);
      },
    );
    return pending.current;
  };

  useEffect(() => {
    if (wanted && !module && !pending.current) void start();
  }, [wanted]);

  return { module, failed, load: start };
}
