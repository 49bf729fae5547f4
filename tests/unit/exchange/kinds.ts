/** Kinds for the exchange tests: a note with a version 1 → 2 upgrade. */
import type { KindSpec } from '../../../src/lib/exchange/kinds';

export const noteKind: KindSpec<{ text: string }> = {
  id: 'test/note',
  noun: 'a note',
  version: 2,
  maxBytes: 1000,
  parse(value, version) {
    const v = value as { text?: unknown; body?: unknown };
    const text = version === 1 ? (v.text ?? v.body) : v.text;
    return typeof text === 'string' ? { ok: true, value: { text } } : { ok: false, reason: 'text is missing' };
  },
};

export const PARAMS = { salt: new Uint8Array(16).fill(7), iv: new Uint8Array(12).fill(9), iterations: 100_000 };
