/** Holding back a change to the page while a mouse button or a finger is down. */
import { useEffect, useRef } from 'preact/hooks';

/**
 * Returns `later(fn)`: runs `fn` at once, or, while the pointer is pressed, after it is released
 * and the click it makes has run. Leaving a field on mouse-down (to press Save) then never shows
 * a hint that moves Save away before mouse-up, which would swallow the click.
 */
export function useAfterPress(): (fn: () => void) => void {
  const pressed = useRef(false);
  const queued = useRef<(() => void)[]>([]);
  useEffect(() => {
    const down = () => {
      pressed.current = true;
    };
    const up = () => {
      pressed.current = false;
      const run = queued.current.splice(0);
      // A timer runs after the click that follows this pointerup.
      if (run.length) setTimeout(() => run.forEach((fn) => fn()));
    };
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('pointercancel', up, true);
    return () => {
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('pointercancel', up, true);
    };
  }, []);
  return (fn) => (pressed.current ? queued.current.push(fn) : fn());
}
