/** The unsaved drafts' storage definition (tool id "drafts"); the stored shape is documented in schema.ts. */
import { defineStore } from '../../lib/storage';
import { DRAFTS_TOOL } from './peek';
import { emptyDrafts, isDraftsEmpty, summariseDrafts } from './model';
import { draftsSchema, type DraftsData } from './schema';

export const store = defineStore<DraftsData>({
  tool: DRAFTS_TOOL,
  label: 'Unsaved drafts',
  version: 1,
  schema: draftsSchema,
  migrations: {},
  empty: emptyDrafts,
  summarise: summariseDrafts,
  isEmpty: isDraftsEmpty,
  // Bookkeeping: when a draft last changed, which field had focus.
  quiet: ['updatedAt', 'focus'],
});
