/** The self-assessment's storage definition; the stored shape is documented and checked in schema.ts. */
import { defineStore } from '../../lib/storage';
import { emptyData, isEmptyData, mergeData, summariseData } from './model';
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
  merge: mergeData,
});
