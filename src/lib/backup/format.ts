/** How backup times are shown: "3 December 2026, 14:05", in the reader's time zone. */

/** A stored moment as "3 December 2026, 14:05"; text no Date reads is shown as it is. `timeZone` is for tests. */
export function showBackupTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = timeZone ? { timeZone } : {};
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...zone }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone }).format(date);
  return `${day}, ${time}`;
}
