/**
 * Schema of the optional program survey: `content/program/survey.json`. A program's coordinator
 * names the program, who reads the responses, the waves (when each is answered, which built-in
 * measures and which of the program's own questions it asks) and the small-number threshold k.
 * Build time only (zod); src/content/program.ts turns it into the client's ProgramSurvey.
 */
import { z } from 'astro/zod';
import { MEASURES } from '../lib/program/survey';
import { MAX_TEXT_CHARS } from '../lib/program/response';

export const SURVEY_FILE = 'program/survey.json';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (example: string) =>
  z.string().max(80, 'must be at most 80 characters').regex(idPattern, `must be lower-case letters, digits and single hyphens, e.g. "${example}"`);
const text = (min: number, max: number) => z.string().trim().min(min, `must have at least ${min} characters`).max(max, `must be at most ${max} characters`);

const optionSchema = z.object({ id: id('mentee'), label: text(1, 80) }).strict();

const common = {
  /** Stored in every response: keep it when you reword the question. */
  id: id('career-stage'),
  text: text(5, 200),
  hint: text(5, 300).optional(),
};

const choiceSchema = z
  .object({
    ...common,
    type: z.literal('choice'),
    options: z.array(optionSchema).min(2, 'needs at least 2 options').max(12, 'can have at most 12 options'),
    /** Splits the report by the answer (e.g. mentees and mentors). */
    group: z.boolean().default(false),
  })
  .strict();

const scaleSchema = z
  .object({ ...common, type: z.literal('scale'), lowLabel: text(1, 40), highLabel: text(1, 40) })
  .strict();

const textSchema = z
  .object({
    ...common,
    type: z.literal('text'),
    maxChars: z.number().int('must be a whole number').min(20, 'must be 20 or more').max(MAX_TEXT_CHARS, `must be at most ${MAX_TEXT_CHARS}`).default(300),
  })
  .strict();

const questionSchema = z.discriminatedUnion('type', [choiceSchema, scaleSchema, textSchema], {
  errorMap: (issue, ctx) =>
    issue.code === 'invalid_union_discriminator' ? { message: 'type must be one of "choice", "scale", "text"' } : { message: ctx.defaultError },
});

const measureSchema = z.string().refine((m) => (MEASURES as readonly string[]).includes(m), (m) => ({ message: `"${m}" is not a measure: use one of ${MEASURES.join(', ')}` }));

const waveSchema = z
  .object({
    /** Stored in every response: keep it when you reword the title. */
    id: id('baseline'),
    title: text(3, 60),
    /** When participants answer it, in words. */
    when: text(3, 120),
    measures: z.array(measureSchema).default([]),
    questions: z.array(z.string()).default([]),
  })
  .strict();

export const programSurveySchema = z
  .object({
    program: id('example-program'),
    name: text(3, 80),
    version: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(1000, 'must be at most 1000').default(1),
    coordinator: text(3, 160),
    intro: text(20, 800),
    k: z.number().int('must be a whole number').min(3, 'must be 3 or more: fewer people than that could be recognised').max(100, 'must be at most 100').default(5),
    waves: z.array(waveSchema).min(1, 'needs at least one wave').max(12, 'can have at most 12 waves'),
    questions: z.array(questionSchema).max(50, 'can have at most 50 questions').default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const unique = (list: { id: string }[], path: string, what: string) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `another ${what} already has the id "${item.id}"` });
        seen.add(item.id);
      });
    };
    unique(s.waves, 'waves', 'wave');
    unique(s.questions, 'questions', 'question');
    s.questions.forEach((q, i) => {
      if (q.type !== 'choice') return;
      const seen = new Set<string>();
      q.options.forEach((o, j) => {
        if (seen.has(o.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'options', j, 'id'], message: `another option already has the id "${o.id}"` });
        seen.add(o.id);
      });
    });
    const known = s.questions.map((q) => q.id);
    s.waves.forEach((w, i) => {
      const asked = new Set<string>();
      w.questions.forEach((q, j) => {
        if (!known.includes(q))
          ctx.addIssue({ code: 'custom', path: ['waves', i, 'questions', j], message: `there is no question "${q}" in questions${known.length ? ` (there are ${known.join(', ')})` : ''}` });
        else if (asked.has(q)) ctx.addIssue({ code: 'custom', path: ['waves', i, 'questions', j], message: `asks "${q}" twice` });
        asked.add(q);
      });
      const measured = new Set<string>();
      w.measures.forEach((m, j) => {
        if (measured.has(m)) ctx.addIssue({ code: 'custom', path: ['waves', i, 'measures', j], message: `lists "${m}" twice` });
        measured.add(m);
      });
      if (w.measures.length === 0 && w.questions.length === 0) ctx.addIssue({ code: 'custom', path: ['waves', i], message: 'asks nothing: give it measures or questions' });
    });
  });

export type ProgramSurveyData = z.infer<typeof programSurveySchema>;

/**
 * A translation of the survey's own texts for one language: content/program/<lang>/survey.json.
 * Only texts, keyed by the ids of survey.json; every field is optional (a text left out shows in
 * English). Ids, waves' measures, k and the version stay in survey.json alone, so a response
 * made in any language is the same file.
 */
export const surveyTranslationFile = (lang: string) => `program/${lang}/survey.json`;

export const surveyTranslationSchema = z
  .object({
    name: text(3, 80).optional(),
    coordinator: text(3, 160).optional(),
    intro: text(20, 800).optional(),
    waves: z.record(z.object({ title: text(3, 60).optional(), when: text(3, 120).optional() }).strict()).default({}),
    questions: z
      .record(
        z
          .object({
            text: text(5, 200).optional(),
            hint: text(5, 300).optional(),
            lowLabel: text(1, 40).optional(),
            highLabel: text(1, 40).optional(),
            options: z.record(text(1, 80)).optional(),
          })
          .strict(),
      )
      .default({}),
  })
  .strict();

export type SurveyTranslation = z.infer<typeof surveyTranslationSchema>;

/** What a translation names that survey.json does not have: "field: message" pairs. */
export function translationMismatches(survey: ProgramSurveyData, t: SurveyTranslation): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const waves = survey.waves.map((w) => w.id);
  for (const id of Object.keys(t.waves)) if (!waves.includes(id)) out.push({ path: `waves.${id}`, message: `survey.json has no wave "${id}" (it has ${waves.join(', ')})` });
  for (const [id, q] of Object.entries(t.questions)) {
    const source = survey.questions.find((x) => x.id === id);
    if (!source) {
      out.push({ path: `questions.${id}`, message: `survey.json has no question "${id}"${survey.questions.length ? ` (it has ${survey.questions.map((x) => x.id).join(', ')})` : ''}` });
      continue;
    }
    if (q.hint !== undefined && source.hint === undefined) out.push({ path: `questions.${id}.hint`, message: `the question "${id}" has no hint in survey.json` });
    if ((q.lowLabel !== undefined || q.highLabel !== undefined) && source.type !== 'scale') out.push({ path: `questions.${id}`, message: `lowLabel and highLabel belong to scale questions; "${id}" is a ${source.type} question` });
    if (q.options !== undefined) {
      if (source.type !== 'choice') out.push({ path: `questions.${id}.options`, message: `options belong to choice questions; "${id}" is a ${source.type} question` });
      else for (const o of Object.keys(q.options)) if (!source.options.some((x) => x.id === o)) out.push({ path: `questions.${id}.options.${o}`, message: `the question "${id}" has no option "${o}" (it has ${source.options.map((x) => x.id).join(', ')})` });
    }
  }
  return out;
}
