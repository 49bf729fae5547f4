/** The pair feedback's storage definition (mentor 360 and relationship pulse); the stored shape is documented and checked in schema.ts. */
import { defineStore } from '../../lib/storage';
import { dataSchema, type PairData } from './schema';

export const emptyPairData = (): PairData => ({ ratingDraft: null, ratings: [], received: [], pulseDraft: null, pulses: [], partnerPulses: [], nextPulse: '' });

export const store = defineStore<PairData>({
  tool: 'pair-feedback',
  label: 'Mentor 360 and relationship pulse',
  version: 1,
  schema: dataSchema,
  // Version 1 is the first; a later version adds migrations[1] here, tested in tests/unit/tools/pair/store.test.ts.
  migrations: {},
  empty: emptyPairData,
  summarise: (d, i) =>
    i.list([
      i.t('pair.stored.ratings', { count: d.ratings.length }),
      i.t('pair.stored.received', { count: d.received.length }),
      i.t('pair.stored.pulses', { count: d.pulses.length + d.partnerPulses.length }),
    ]),
  isEmpty: (d) => !d.ratingDraft && !d.pulseDraft && !d.ratings.length && !d.received.length && !d.pulses.length && !d.partnerPulses.length && !d.nextPulse,
  quiet: ['updatedAt'],
});
