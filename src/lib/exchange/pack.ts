/** Sending: content to a token, a link or a file. The counterpart of read.ts. */
import { utf8 } from './bytes';
import { packToken, type PackOptions } from './envelope';
import type { AnyKind } from './kinds';
import type { Translator } from '../i18n/format';

/** The token of a content of this kind, protected when a passphrase is given. */
export function packContent(kind: AnyKind, value: unknown, options: PackOptions = {}): Promise<string> {
  return packToken(kind.id, kind.version, utf8(JSON.stringify(value)), options);
}

/** The least a person-chosen passphrase must be: long enough that a few words are easier than a short password. */
export const MIN_PASSPHRASE_CHARS = 12;

/** Why a passphrase will not do, or null; in the page's language with `t` (the English words without). */
export function passphraseProblem(passphrase: string, t?: Translator['t']): string | null {
  const p = passphrase.trim();
  if (!p) return t ? t('shared.passphrase.empty') : 'Enter a passphrase, or ask for a suggested one.';
  if (p.length < MIN_PASSPHRASE_CHARS && t) return t('shared.passphrase.short', { count: MIN_PASSPHRASE_CHARS });
  if (p.length < MIN_PASSPHRASE_CHARS) return `Use at least ${MIN_PASSPHRASE_CHARS} characters: three or four words are easier to say than a short password, and far harder to guess.`;
  return null;
}
