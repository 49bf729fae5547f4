/**
 * Change times. A stamp is the moment of a change in milliseconds (base 36, nine digits, so
 * stamps sort as strings until the year 5188) followed by the id of the tab that made it, so
 * two tabs never write the same stamp. "" means "before anything this browser recorded".
 */
export type Stamp = string;

const WIDTH = 9;

export const stampAt = (ms: number, replica: string): Stamp => Math.max(0, Math.floor(ms)).toString(36).padStart(WIDTH, '0') + replica;
export const stampTime = (stamp: Stamp): number => (stamp ? parseInt(stamp.slice(0, WIDTH), 36) : 0);
export const isStamp = (value: unknown): value is Stamp => typeof value === 'string' && /^[0-9a-z]{9}[0-9a-z]{0,8}$/.test(value);

/** A random id for this tab's stamps. */
export function newReplica(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 6; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** Stamps from one tab, never going backwards even when the clock does. */
export function stampClock(replica: string) {
  let last = '';
  return (at: Date): Stamp => {
    let ms = at.getTime();
    if (last && stampAt(ms, replica) <= last) ms = stampTime(last) + 1;
    last = stampAt(ms, replica);
    return last;
  };
}
