/**
 * What the expectations worksheet keeps in this browser (key `playbook:<base>:expectations`).
 * Stored shape, version 1 (schemas in schema.ts):
 *   { mine:   null | Copy,                   my own copy, written as mentor or mentee
 *     theirs: null | Copy & { importedAt },  the other person's copy, imported from a link or file
 *     agreed: null | Agreed }                the version we settled on, built from the two
 * Each copy and the agreed version record the template id and version they were written against.
 */
import { defineStore } from '../../lib/storage';
import { emptyStored, isEmptyStored, summariseStored } from './model';
import { storedSchema, type Stored } from './schema';

export const store = defineStore<Stored>({
  tool: 'expectations',
  label: 'Expectations worksheet',
  version: 1,
  schema: storedSchema,
  migrations: {},
  empty: emptyStored,
  summarise: summariseStored,
  isEmpty: isEmptyStored,
  // Bookkeeping: when a copy or the agreed version was last changed or imported, and from which copies.
  quiet: ['updatedAt', 'importedAt', 'basedOn'],
});
