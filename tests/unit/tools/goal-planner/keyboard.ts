/**
 * A small keyboard model for component tests under happy-dom, which has no
 * Tab navigation of its own: Tab moves through the tabbable elements in
 * document order (one radio per group), keys do what browsers do by default.
 * A flow that works with these helpers alone needs no mouse.
 */
import { fireEvent } from '@testing-library/preact';

function tabbables(): HTMLElement[] {
  const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')];
  const radiosSeen = new Set<string>();
  return all.filter((el) => {
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[hidden], template')) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`)];
      const stop = group.find((r) => r.checked) ?? group[0];
      if (stop !== el || radiosSeen.has(el.name)) return false;
      radiosSeen.add(el.name);
    }
    return true;
  });
}

export const active = () => document.activeElement as HTMLElement;

/** Lets Preact render what the last key did, as the time between real keystrokes does. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Presses Tab (or Shift+Tab) and returns the element that now has focus. */
export function tab(shift = false): HTMLElement {
  const list = tabbables();
  const i = list.indexOf(active());
  const next = list[(i + (shift ? -1 : 1) + list.length) % list.length]!;
  fireEvent.keyDown(active() ?? document.body, { key: 'Tab', shiftKey: shift });
  next.focus();
  return next;
}

/** Tabs forward until `match` has focus; fails after a full round. */
export function tabTo(match: (el: HTMLElement) => boolean, what: string): HTMLElement {
  for (let n = 0; n < 300; n++) if (match(tab())) return active();
  throw new Error(`Tab never reached ${what}`);
}

export const named = (text: string | RegExp) => (el: HTMLElement) =>
  typeof text === 'string' ? el.textContent?.trim() === text || el.getAttribute('aria-label') === text : text.test(el.textContent ?? '');

/** Types into the focused field (only the focused one: no clicking). */
export async function type(text: string): Promise<void> {
  const el = active();
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error(`cannot type into <${el.tagName.toLowerCase()}>`);
  for (const key of text) fireEvent.keyDown(el, { key });
  fireEvent.input(el, { target: { value: el.value + text } });
  await settle();
}

/** Sets the focused date or select control's value, as its keyboard UI would. */
export async function choose(value: string): Promise<void> {
  const el = active() as HTMLInputElement | HTMLSelectElement;
  fireEvent.input(el, { target: { value } });
  fireEvent.change(el, { target: { value } });
  await settle();
}

/** Presses Enter or Space on the focused element, with the browser's default action. */
export async function press(key: 'Enter' | ' '): Promise<void> {
  const el = active();
  const notCancelled = fireEvent.keyDown(el, { key });
  if (!notCancelled) {
    await settle();
    return;
  }
  const tag = el.tagName;
  const inputType = (el as HTMLInputElement).type;
  if (key === 'Enter' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) el.click();
  else if (key === ' ' && (tag === 'BUTTON' || tag === 'SUMMARY' || inputType === 'checkbox' || inputType === 'radio')) el.click();
  else if (key === 'Enter' && tag === 'INPUT') (el as HTMLInputElement).form?.requestSubmit();
  fireEvent.keyUp(el, { key });
  await settle();
}
