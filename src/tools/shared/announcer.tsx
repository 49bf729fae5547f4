/** One polite live region per tool: what just happened, read out by screen readers. */
import { useCallback, useState } from 'preact/hooks';

export interface Announcer {
  message: string;
  announce: (message: string) => void;
}

export function useAnnouncer(): Announcer {
  const [message, setMessage] = useState('');
  // A repeated message still changes the text, so screen readers announce it again.
  const announce = useCallback((m: string) => setMessage((prev) => (prev === m ? `${m}\u00a0` : m)), []);
  return { message, announce };
}

/** The live region itself. `visible` shows the message on screen too (the goal planner does). */
export function Announcement({ message, visible = false }: { message: string; visible?: boolean }) {
  return (
    <p role="status" aria-live="polite" class={visible ? 'announcement' : 'visually-hidden'}>
      {message}
    </p>
  );
}
