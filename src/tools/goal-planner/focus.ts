/**
 * Moves focus to an element by id after the calling component's next render.
 * Effects can be flushed late, after a render that came before the request
 * (and reordering moves focused nodes), so a request only counts once a newer
 * render has happened; it then waits until the element is on the page. A newer
 * request replaces it.
 */
import { useEffect, useRef } from 'preact/hooks';

export function useFocusAfterRender(): (id: string) => void {
  const renders = useRef(0);
  const next = useRef<{ id: string; after: number } | null>(null);
  renders.current++;
  useEffect(() => {
    const want = next.current;
    const el = want && renders.current > want.after && document.getElementById(want.id);
    if (!el) return;
    next.current = null;
    el.focus();
  });
  return (id: string) => {
    next.current = { id, after: renders.current };
  };
}
