/**
 * What the worksheet sends through the exchange module (src/lib/exchange), and how it checks
 * what arrives: a person's copy, and the agreed version. Links open on this page under the
 * fragment key "worksheet", where the ew1 links made before the module still open (share.ts).
 *   expectations/copy, version 1:   a Copy (schema.ts)
 *   expectations/agreed, version 1: { from: "mentor" | "mentee", agreed: Agreed, copy: Copy }
 *     `from` is the sender's role: the agreed version's "mine" and "theirs" are the sender's;
 *     `copy` is the sender's own copy, which the agreed version was built with (the receiver
 *     may not have it yet, or only an older one).
 */
import * as v from 'valibot';
import type { KindSpec, Receiver } from '../../lib/exchange';
import { firstProblem, MAX_IMPORT_BYTES } from './import-checks';
import { agreedSchema, copySchema, ROLES, type Agreed, type Copy, type Role } from './schema';

export const LINK_KEY = 'worksheet';

export interface SentAgreed {
  from: Role;
  agreed: Agreed;
  copy: Copy;
}

const sentAgreedSchema = v.pipe(
  v.object({ from: v.picklist(ROLES), agreed: agreedSchema, copy: copySchema }),
  v.check((s) => s.copy.role === s.from, 'must come with the sender’s own copy'),
);

function parseWith<T>(schema: v.GenericSchema<unknown, T>, what: string) {
  return (value: unknown) => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? { ok: true as const, value: parsed.output } : { ok: false as const, reason: firstProblem(parsed.issues).replace(/^the copy/, what) };
  };
}

export const copyKind: KindSpec<Copy> = { id: 'expectations/copy', version: 1, noun: 'a worksheet copy', maxBytes: MAX_IMPORT_BYTES, parse: parseWith(copySchema, 'the copy') };

export const agreedKind: KindSpec<SentAgreed> = {
  id: 'expectations/agreed',
  noun: 'an agreed worksheet',
  version: 1,
  maxBytes: MAX_IMPORT_BYTES,
  parse: parseWith(sentAgreedSchema, 'the agreed version'),
};

export type WorksheetKind = typeof copyKind | typeof agreedKind;

export const worksheetReceiver: Receiver<WorksheetKind> = { key: LINK_KEY, kinds: [copyKind, agreedKind], expected: 'a worksheet copy' };
