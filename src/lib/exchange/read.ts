/**
 * Receiving: from a token to validated content, every check in order, each refusal with a
 * plain reason, and nothing stored until the caller decides. Order: checksum and format,
 * kind, version, passphrase, decompression under the kind's cap, UTF-8 and JSON, schema.
 */
import { fromUtf8 } from './bytes';
import { decompress } from './compress';
import { cryptoAvailable, unseal } from './crypto';
import { unpackToken, type Unpacked } from './envelope';
import { describeKind, KNOWN_KINDS, type AnyKind } from './kinds';
import type { Translator } from '../i18n/format';

export type Problem = 'too-long' | 'not-ours' | 'damaged' | 'newer' | 'other-kind' | 'no-crypto' | 'too-large' | 'undecodable' | 'invalid';

export type Received<K extends AnyKind = AnyKind> =
  | { status: 'ok'; spec: K; value: unknown; protected: boolean }
  /** Protected: ask for the passphrase (`wrong` after a wrong one), then call again with it. */
  | { status: 'passphrase'; spec: K; wrong: boolean }
  /** `noun`: what the kind is, once known ("a worksheet copy"), for the words of the refusal. */
  | { status: 'refused'; problem: Problem; detail: string; noun?: string };

/** Where a link or a file came from, for the words of a refusal. */
export type Via = 'link' | 'file';

export type Refusal = Extract<Received, { status: 'refused' }>;

export const refused = (problem: Problem, detail = ''): Refusal => ({ status: 'refused', problem, detail });

/** Opens an envelope already unpacked: for a link's token and a file's envelope alike. */
export async function openEnvelope<K extends AnyKind>(envelope: Unpacked, kinds: readonly K[], passphrase?: string | null): Promise<Received<K>> {
  const { header } = envelope;
  const spec = kinds.find((k) => k.id === header.kind);
  if (!spec) return refused(KNOWN_KINDS[header.kind] ? 'other-kind' : 'newer', header.kind);
  if (header.kindVersion > spec.version) return refused('newer', header.kind);
  let body = envelope.body;
  if (header.sealed) {
    if (!cryptoAvailable()) return refused('no-crypto');
    if (!passphrase) return { status: 'passphrase', spec, wrong: false };
    const plain = await unseal(body, passphrase, header.sealed, envelope.additional);
    if (!plain) return { status: 'passphrase', spec, wrong: true };
    body = plain;
  }
  const inflated = await decompress(body, header.compression, spec.maxBytes);
  if (!inflated.ok) return { ...refused(inflated.problem === 'too-large' ? 'too-large' : 'undecodable', String(spec.maxBytes)), noun: spec.noun };
  const text = fromUtf8(inflated.bytes);
  let value: unknown;
  try {
    if (text === null) throw new Error('not UTF-8');
    value = JSON.parse(text);
  } catch {
    return refused('undecodable');
  }
  const parsed = spec.parse(value, header.kindVersion);
  return parsed.ok ? { status: 'ok', spec, value: parsed.value, protected: Boolean(header.sealed) } : { ...refused('invalid', parsed.reason), noun: spec.noun };
}

export async function openToken<K extends AnyKind>(token: string, kinds: readonly K[], passphrase?: string | null): Promise<Received<K>> {
  const unpacked = unpackToken(token);
  return unpacked.ok ? openEnvelope(unpacked.envelope, kinds, passphrase) : refused(unpacked.problem);
}

const kb = (bytes: string) => `${Math.round(Number(bytes) / 1000).toLocaleString('en-GB')} KB`;

/**
 * The plain reason for a refusal. `expected` names what the page wanted ("a worksheet copy");
 * `ask` what to ask the other person for instead. Kept here so every tool says the same thing.
 */
export function refusalMessage(r: Refusal, via: Via, expected: string, t?: Translator['t']): string {
  if (t) return localRefusal(r, via, expected, t);
  const it = `This ${via}`;
  const again = via === 'link' ? 'Ask for the link again, or for the file.' : 'Ask for the file again.';
  switch (r.problem) {
    case 'too-long':
      return `${it} is longer than any link the playbook makes (over ${r.detail} characters), so it was not read. Check you pasted only the link, or ask for the file.`;
    case 'not-ours':
      return `${it} is not one the playbook made: it holds no ${expected}.`;
    case 'damaged':
      return `${it} is incomplete or has been changed: its checksum does not match. ${again}`;
    case 'newer':
      return `${it} was made by a newer version of the playbook. Open it on the site where it was made, or ask the other person to send it from this site.`;
    case 'other-kind':
      return `${it} holds ${describeKind(r.detail)}, not ${expected}. Open it on ${KNOWN_KINDS[r.detail]?.where ?? 'the page that made it'}.`;
    case 'no-crypto':
      return `${it} is protected by a passphrase, and this page cannot decrypt it because it was not opened over a secure (https) address. Open the site over https and try again.`;
    case 'too-large':
      return `${it} unpacks to more than ${r.noun ?? expected} can hold (over ${kb(r.detail)}), so it was not read.`;
    case 'undecodable':
      return `${it}’s checksum is right, but what it holds cannot be unpacked: it was not made by this playbook, or was made by a faulty copy of it. ${again}`;
    case 'invalid':
      return `${it} does not hold ${r.noun ?? expected} this page can read: ${r.detail}.`;
  }
}

/** The message id of a kind ("goal-planner/plan" → "shared.kind.goal-planner-plan"). */
const kindKey = (id: string) => `shared.kind.${id.replace(/\//g, '-')}`;

/** A kind's "what" or "where" in the page's language; an unknown kind gets the general words. */
export function kindWords(id: string, part: 'what' | 'where', t: Translator['t'], has?: (key: string) => boolean): string {
  const known = KNOWN_KINDS[id] !== undefined && (!has || has(`${kindKey(id)}.${part}`));
  return known ? t(`${kindKey(id)}.${part}`) : t(part === 'what' ? 'shared.kind.unknown' : 'shared.kind.somewhere');
}

/** The refusal in messages (shared.refusal.<problem>): the same words as refusalMessage, in the page's language. */
function localRefusal(r: Refusal, via: Via, expected: string, t: Translator['t']): string {
  const it = t(`shared.refusal.it-${via}`);
  const again = t(`shared.refusal.again-${via}`);
  const noun = r.noun ?? expected;
  switch (r.problem) {
    case 'too-long':
      return t('shared.refusal.too-long', { it, max: r.detail });
    case 'not-ours':
      return t('shared.refusal.not-ours', { it, expected });
    case 'other-kind':
      return t('shared.refusal.other-kind', { it, expected, kind: kindWords(r.detail, 'what', t), where: kindWords(r.detail, 'where', t) });
    case 'too-large':
      return t('shared.refusal.too-large', { it, noun, size: Math.round(Number(r.detail) / 1000) });
    case 'invalid':
      return t('shared.refusal.invalid', { it, noun, detail: r.detail });
    default:
      return t(`shared.refusal.${r.problem}`, { it, again });
  }
}

/** What to say after a wrong passphrase: nothing about the content, and no lock-out. */
export const WRONG_PASSPHRASE = 'That passphrase does not open it. Check the passphrase with the person who sent it, then try again: you can try as often as you need.';
