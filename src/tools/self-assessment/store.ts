/** The self-assessment's storage definition; the stored shape is documented and checked in schema.ts. */
import { defineStore } from '../../lib/storage';
import { emptyData, isEmptyData, summariseData } from './model';
import { dataSchema, type SelfAssessmentData } from './schema';

export const store = defineStore<SelfAssessmentData>({
  tool: 'self-assessment',
  label: 'Self-assessment',
  version: 1,
  schema: dataSchema,
  migrations: {},
  empty: emptyData,
  summarise: summariseData,
  isEmpty: isEmptyData,
  // Bookkeeping of a draft: when it was last changed, which group of questions is open.
  quiet: ['updatedAt', 'step'],
});
