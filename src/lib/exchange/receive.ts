/**
 * The two steps every receiving page takes: what arrived (a pasted link, the page's own
 * fragment, a chosen file) becomes a sealed parcel, or is refused at once by its length; then
 * the parcel is opened, with a passphrase when it needs one, as often as the person tries.
 */
import { unpackToken, type Unpacked } from './envelope';
import { readExchangeFile } from './file';
import type { AnyKind } from './kinds';
import { findToken, MAX_READ_CHARS, tooLongToRead } from './link';
import { formatNumber } from '../text';
import type { Translator } from '../i18n/format';
import { openEnvelope, refusalMessage, refused, WRONG_PASSPHRASE, type Refusal, type Via } from './read';

export interface Receiver<K extends AnyKind> {
  /** The fragment key this page reads: "worksheet", "goals". */
  key: string;
  kinds: readonly K[];
  /** What the page expects, for messages: "a worksheet copy". */
  expected: string;
}

export interface Parcel {
  via: Via;
  envelope: Unpacked;
}

export type Outcome<K extends AnyKind> =
  | { status: 'ok'; spec: K; value: unknown; protected: boolean }
  | { status: 'passphrase'; spec: K; wrong: boolean; message: string | null }
  | { status: 'refused'; message: string };

export type Arrival = { ok: true; parcel: Parcel } | { ok: false; message: string };

/** `t`: the page's messages, for refusals in its language (English without). */
type T = Translator['t'] | undefined;

function refuse<K extends AnyKind>(r: Refusal, via: Via, receiver: Receiver<K>, t?: T): { ok: false; message: string } {
  return { ok: false, message: refusalMessage(r, via, receiver.expected, t) };
}

/** A pasted link or this page's fragment. Refused by its length before anything else reads it. */
export function arriveByLink<K extends AnyKind>(input: string, receiver: Receiver<K>, t?: T): Arrival {
  if (tooLongToRead(input)) return refuse(refused('too-long', formatNumber(MAX_READ_CHARS)), 'link', receiver, t);
  const token = findToken(input, receiver.key);
  if (!token) return refuse(refused('not-ours'), 'link', receiver, t);
  const unpacked = unpackToken(token);
  return unpacked.ok ? { ok: true, parcel: { via: 'link', envelope: unpacked.envelope } } : refuse(refused(unpacked.problem), 'link', receiver, t);
}

/**
 * A chosen file's text (`size` in bytes, when known). `null` when it is not an exchange file at
 * all, so the page can try the formats it read before this module (the worksheet's copy file,
 * My data's export).
 */
export function arriveByFile<K extends AnyKind>(text: string, receiver: Receiver<K>, size?: number, t?: T): Arrival | null {
  const read = readExchangeFile(text, receiver.kinds, size);
  if (read.ok) return { ok: true, parcel: { via: 'file', envelope: read.envelope } };
  if (read.other) return null;
  return refuse(refused(read.problem, read.problem === 'too-large' ? String(Math.max(...receiver.kinds.map((k) => k.maxBytes))) : ''), 'file', receiver, t);
}

/** Opens a parcel; call again with the passphrase while the outcome asks for one. */
export async function openParcel<K extends AnyKind>(parcel: Parcel, receiver: Receiver<K>, passphrase?: string | null, t?: T): Promise<Outcome<K>> {
  const r = await openEnvelope(parcel.envelope, receiver.kinds, passphrase);
  if (r.status === 'ok') return r;
  if (r.status === 'passphrase') return { ...r, message: r.wrong ? (t ? t('shared.refusal.wrongPassphrase') : WRONG_PASSPHRASE) : null };
  return { status: 'refused', message: refusalMessage(r, parcel.via, receiver.expected, t) };
}
