/** How backup times are shown: "3 December 2026, 14:05", in the reader's time zone. */
import { intlLocale } from '../i18n/format';

/**
 * A stored moment as "3 December 2026, 14:05" ("3 de diciembre de 2026, 14:05" with `lang` "es"); text no
 * Date reads is shown as it is. `timeZone` is for tests.
 */
export function showBackupTime(iso: string, timeZone?: string, lang = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = timeZone ? { timeZone } : {};
  const day = new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', ...zone }).format(date);
  const time = new Intl.DateTimeFormat(intlLocale(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone }).format(date);
  return `${day}, ${time}`;
}
