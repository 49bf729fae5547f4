/** The program survey's storage definition; the stored shape is documented and checked in schema.ts. */
import { defineStore } from '../../lib/storage';
import { dataSchema, type SurveyData } from './schema';

export const emptySurveyData = (): SurveyData => ({ programs: {} });

export const store = defineStore<SurveyData>({
  tool: 'program-survey',
  label: 'Program survey',
  version: 1,
  schema: dataSchema,
  // Version 1 is the first; a later version adds migrations[1] here.
  migrations: {},
  empty: emptySurveyData,
  summarise: (d, i) => {
    const programs = Object.values(d.programs);
    const handed = programs.reduce((n, p) => n + p.handedIn.length, 0);
    const drafts = programs.reduce((n, p) => n + Object.keys(p.drafts).length, 0);
    const keys = programs.filter((p) => p.participant).length;
    return i.list([i.t('programSurvey.stored.keys', { count: keys }), i.t('programSurvey.stored.handed', { count: handed }), i.t('programSurvey.stored.drafts', { count: drafts })]);
  },
  isEmpty: (d) => Object.values(d.programs).every((p) => !p.participant && p.handedIn.length === 0 && Object.keys(p.drafts).length === 0),
  quiet: ['wave'],
});
