/** Moving focus where a keyboard or screen-reader user needs it after the page changes. */
import { useEffect, useRef } from 'preact/hooks';

/** Focuses the control with this id and brings it into view (error summary links, "go to field"). */
export function focusControl(id: string): void {
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

/**
 * Moves focus to an element by id after the calling component's next render.
 * Effects can be flushed late, after a render that came before the request
 * (and reordering moves focused nodes), so a request only counts once a newer
 * render has happened; it then waits until the element is on the page. A newer
 * request replaces it.
 */
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

/**
 * Focuses the element behind the returned ref when `when` is true, at mount and again
 * whenever `request` changes (a view asks for focus after the user moved or deleted something).
 */
export function useFocusOnMount<T extends HTMLElement>(when: boolean, request: unknown = 0) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [request]);
  return ref;
}
