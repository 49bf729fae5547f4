/** The real worksheet template and two filled-in copies, for the expectations tests. */
import { readFileSync } from 'node:fs';
import { parseWorksheetTemplate, type WorksheetTemplate } from '../../../../src/content/worksheet-schema';
import type { Copy } from '../../../../src/tools/expectations/schema';
import { translator } from '../../../../src/lib/i18n/format';
import { englishFileMessages, fileMessages } from '../../../support/messages';

/** The worksheet's words in English, as the English page has them; and in Spanish. */
export const en = translator('en', englishFileMessages());
export const es = translator('es', fileMessages('es'));
export const t = en.t;

export const TEMPLATE_FILE = 'content/worksheet/expectations.json';
export const rawTemplate = (): Record<string, unknown> => JSON.parse(readFileSync(TEMPLATE_FILE, 'utf8'));
export const template: WorksheetTemplate = parseWorksheetTemplate(rawTemplate(), TEMPLATE_FILE);

export const NOW = new Date('2026-11-22T10:00:00Z');

export function mentorCopy(answers: Record<string, string> = {}): Copy {
  return {
    template: { id: template.id, version: template.version },
    role: 'mentor',
    names: { mentor: 'Priya Raman', mentee: 'Tomás' },
    answers: {
      goals: 'Lead a small project.',
      'meeting-frequency': 'monthly',
      'meeting-format': 'in-person',
      'mentor-feedback': 'Directly, in the meeting.',
      'review-date': '2027-02-22',
      'mentor-signature': 'Priya Raman',
      ...answers,
    },
    updatedAt: '2026-11-20T09:00:00.000Z',
  };
}

export function menteeCopy(answers: Record<string, string> = {}): Copy {
  return {
    template: { id: template.id, version: template.version },
    role: 'mentee',
    names: { mentor: 'Priya', mentee: 'Tomás Ortega' },
    answers: {
      goals: '  lead a SMALL   project. ',
      'meeting-frequency': 'fortnightly',
      'meeting-place': 'The library café',
      'mentee-feedback': 'Written first, then we talk.',
      'review-date': '2027-03-01',
      'mentee-signature': 'Tomás Ortega',
      ...answers,
    },
    updatedAt: '2026-11-21T18:30:00.000Z',
  };
}
