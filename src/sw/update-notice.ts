/**
 * "A new version is available": fetched (as <base>sw-update.js) only when the service worker
 * tells the page a new version is waiting, or has just taken over in another tab. The running
 * page is never replaced under the person's hands: the new version starts when they choose
 * Reload, and before it does, every pending write is flushed.
 */

/** The storage layer writes every pending change when this event is dispatched (src/tools/shared/usePersistentState.ts). */
export const FLUSH_EVENT = 'playbook:flush';
/** If the new worker never takes over (it failed, or was replaced), reload anyway after this long. */
const TAKEOVER_WAIT_MS = 5000;

let reloading = false;

function reload() {
  if (reloading) return;
  reloading = true;
  location.reload();
}

/** Flushes pending writes, then lets the waiting worker take over and reloads once it has. */
export async function applyUpdate(): Promise<void> {
  // Synchronously, first: nothing typed may be lost, whatever happens next.
  window.dispatchEvent(new Event(FLUSH_EVENT));
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) return reload(); // another tab already switched: this page only has to reload
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  setTimeout(reload, TAKEOVER_WAIT_MS);
  waiting.postMessage({ type: 'skip-waiting' });
}

/** Shows the notice in the page's polite live region (#update-notice), once. */
export function offerUpdate(): void {
  const region = document.getElementById('update-notice');
  if (!region || reloading || region.childElementCount > 0) return;
  const text = document.createElement('p');
  text.textContent = 'A new version of this site is available.';
  const now = document.createElement('button');
  now.type = 'button';
  now.className = 'primary';
  now.textContent = 'Reload';
  now.addEventListener('click', () => {
    now.disabled = true;
    void applyUpdate();
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Later';
  later.addEventListener('click', () => region.replaceChildren());
  region.replaceChildren(text, now, later);
}
