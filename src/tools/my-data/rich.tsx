/** A message with elements inside it: "{title} (storage is turned off…)", its {title} a <strong>. */
import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import type { Params, Translator } from '../../lib/i18n/format';

const MARK = '\u0001';

/** The message `key`, each placeholder named in `nodes` replaced by that element (never by text joined around it). */
export function rich(t: Translator['t'], key: string, nodes: Record<string, ComponentChildren>, params: Params = {}): ComponentChildren[] {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `${MARK}${name}${MARK}`]));
  return t(key, { ...params, ...marks })
    .split(new RegExp(`${MARK}([a-zA-Z0-9]+)${MARK}`))
    .map((piece, n) => (n % 2 ? <Fragment key={n}>{nodes[piece]}</Fragment> : piece));
}
