/**
 * When the tool pages remind a person to download a backup: once their data is a few days old
 * and they have not made a full export for two weeks (or ever), and not within two weeks of
 * their hiding the reminder. Pure: "now" is passed in. The start-up check (start.ts) compares one date, `remindFrom`, kept in
 * the backup record; the views decide with `shouldRemind`.
 */
export const DAY_MS = 86_400_000;
/** Data younger than this is not worth a reminder yet: someone trying the tools out is left alone. */
export const DATA_AGE_DAYS = 3;
/** A full export younger than this is a recent enough backup. */
export const EXPORT_EVERY_DAYS = 14;
/** A hidden reminder stays hidden this long. */
export const DISMISS_DAYS = 14;

/** The times are stored ISO texts; anything else (absent, unreadable, of the wrong type) counts as no time. */
export interface ReminderInput {
  now: Date;
  /** Whether this browser holds any playbook data at all. */
  hasData: boolean;
  firstDataAt?: unknown;
  lastExportAt?: unknown;
  dismissedAt?: unknown;
}

/**
 * Days since `iso`, or null when there is no usable time: absent, not a time, or more than a day
 * ahead of now (a clock that was once set wrong must not silence the reminder for good).
 */
export function daysSince(now: Date, iso: unknown): number | null {
  const days = (now.getTime() - (typeof iso === 'string' ? Date.parse(iso) : NaN)) / DAY_MS;
  return days > -1 ? days : null;
}

export function shouldRemind({ now, hasData, firstDataAt, lastExportAt, dismissedAt }: ReminderInput): boolean {
  // An unusable time counts as none: data of unknown age is not old, an export or dismissal that never happened is.
  const age = (iso: unknown, none: number) => daysSince(now, iso) ?? none;
  return hasData && age(firstDataAt, 0) >= DATA_AGE_DAYS && age(lastExportAt, Infinity) >= EXPORT_EVERY_DAYS && age(dismissedAt, Infinity) >= DISMISS_DAYS;
}

/**
 * The moment from which shouldRemind turns true, given the times known `now` (null while the
 * data's age is unknown). Kept in the backup record as `remindAt`, so the check at start compares
 * one date. It is never later than the reminder is due: a time ignored now (more than a day
 * ahead) can only move the reminder later once it counts, and the full check decides then.
 */
export function remindFrom({ now, firstDataAt, lastExportAt, dismissedAt }: Omit<ReminderInput, 'hasData'>): Date | null {
  if (daysSince(now, firstDataAt) === null) return null;
  const after = (iso: unknown, days: number) => (daysSince(now, iso) === null ? -Infinity : Date.parse(iso as string) + days * DAY_MS);
  return new Date(Math.max(after(firstDataAt, DATA_AGE_DAYS), after(lastExportAt, EXPORT_EVERY_DAYS), after(dismissedAt, DISMISS_DAYS)));
}
