/**
 * A message with elements inside it (issue 19): "{title} … on {link}." becomes text with the
 * given nodes where their placeholders are, so a language can put the link anywhere in its sentence.
 */
import type { ComponentChildren } from 'preact';
import type { Params, Translator } from '../../lib/i18n/format';

const MARK = '\u0001';

export function rich(t: Translator['t'], key: string, params: Params, slots: Record<string, ComponentChildren>): ComponentChildren[] {
  const marked: Record<string, string | number> = { ...params };
  for (const name of Object.keys(slots)) marked[name] = `${MARK}${name}${MARK}`;
  return t(key, marked)
    .split(MARK)
    .map((part, i) => (i % 2 === 1 && part in slots ? slots[part] : part));
}
