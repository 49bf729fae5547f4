/** Names of the files people download: lower-case words, the day, the extension. */
import { isoDay } from './dates';

/** A part of a file name from free text ("Priya Raman" → "priya-raman"); `fallback` when nothing is left. */
export function slug(text: string, fallback = 'file', max = 40): string {
  const out = text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, max);
  return out || fallback;
}

/** "development-goals-2026-11-22.md": the parts (empty ones left out), the day, the extension. */
export function datedFileName(parts: readonly string[], day: string | Date, extension: string): string {
  const date = typeof day === 'string' ? day.slice(0, 10) : isoDay(day);
  return `${[...parts.filter(Boolean), date].join('-')}.${extension}`;
}
