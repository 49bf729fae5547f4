/**
 * Turns a checked instrument file (content/assessments/<id>.json) into the plain data the
 * self-assessment island receives, resolving each domain's guides. Build time only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { instrumentSchema, type InstrumentData } from './instrument-schema';
import { REFERENCE_LANGUAGE } from './i18n-check';
import { parseOrThrow } from './format-issues';
import { displayPath, readJson } from './read-json';
import { contentRoot } from './root';
import type { Domain, GuideLink, Instrument } from '../tools/self-assessment/instrument';
import { labelValues, translationDiffer } from './translation-check';

export interface GuideRef {
  id: string;
  title: string;
  /** False for a guide shown in the default language on another language's pages. */
  translated?: boolean;
  /** The language of its text (the default one when not translated). */
  lang?: string;
}

/** A guide as the islands link to it; `lang` is set when its title is in another language than the page's. */
export const guideLink = (guide: GuideRef, guideUrl: (id: string) => string): GuideLink => ({
  id: guide.id,
  title: guide.title,
  url: guideUrl(guide.id),
  ...(guide.translated === false && guide.lang ? { lang: guide.lang } : {}),
});

/** Minutes to answer: about a quarter of a minute per question, at least 2. */
export function estimateMinutes(data: Pick<InstrumentData, 'domains' | 'overall'>): number {
  const questions = data.domains.reduce((n, d) => n + d.items.length, 0) + (data.overall ? 1 : 0);
  return Math.max(2, Math.ceil(questions / 4));
}

/**
 * Resolves each domain's guide ids against the guides collection.
 * Throws, naming the file and the field, when a guide does not exist: this fails the build.
 */
export function toClientInstrument(
  id: string,
  file: string,
  data: InstrumentData,
  guides: readonly GuideRef[],
  guideUrl: (id: string) => string,
  /** Guides the host hid: not recommended, and not an error. */
  hidden: (id: string) => boolean = () => false,
): Instrument {
  const byId = new Map(guides.map((g) => [g.id, g]));
  const problems: string[] = [];
  const domains: Domain[] = data.domains.map((d, i) => ({
    id: d.id,
    title: d.title,
    description: d.description,
    items: d.items.map((item) => ({ id: item.id, text: item.text })),
    guides: d.guides.flatMap((guideId, j) => {
      const guide = byId.get(guideId);
      if (!guide && hidden(guideId)) return [];
      if (!guide) {
        problems.push(`${file}: domains.${i}.guides.${j}: no guide has the id "${guideId}" (expected content/guides/${guideId}.mdx)`);
        return [];
      }
      return [guideLink(guide, guideUrl)];
    }),
  }));
  if (problems.length) throw new Error(`The self-assessment instrument ${file} recommends guides that do not exist:\n${problems.join('\n')}`);
  const instrument: Instrument = {
    id,
    title: data.title,
    version: data.version,
    audience: data.audience,
    summary: data.summary,
    instructions: data.instructions,
    inspiredBy: [...data.inspiredBy],
    minutes: estimateMinutes(data),
    scale: { ...data.scale, labels: data.scale.labels.map((l) => ({ ...l })).sort((a, b) => a.value - b.value) },
    domains,
  };
  if (data.overall) {
    const { hint, ...rest } = data.overall;
    instrument.overall = { ...rest, options: rest.options.map((o) => ({ ...o })), ...(hint ? { hint } : {}) };
  }
  return instrument;
}

/* ---------- translated instruments (issue 19) ---------- */

/**
 * The problems of a translated instrument against the English one it translates: the same ids of
 * domains, items and overall options, the same scale values, version, audience and guides. Only the
 * texts differ, so an answer stored by item id and scale value reads the same in every language.
 * One line per problem, naming the file and the field. Pure.
 */
export function translationProblems(file: string, english: InstrumentData, translated: InstrumentData, englishFile: string): string[] {
  const { differ, problems } = translationDiffer(file, englishFile);
  differ('version', english.version, translated.version);
  differ('audience', english.audience, translated.audience);
  differ('order', english.order, translated.order);
  differ('rates', english.rates ?? null, translated.rates ?? null);
  differ('scale.min', english.scale.min, translated.scale.min);
  differ('scale.max', english.scale.max, translated.scale.max);
  differ('scale.labels (values)', labelValues(english.scale.labels), labelValues(translated.scale.labels));
  differ('domains (ids)', english.domains.map((d) => d.id), translated.domains.map((d) => d.id));
  for (const d of english.domains) {
    const t = translated.domains.find((x) => x.id === d.id);
    if (!t) continue;
    differ(`domains[${d.id}].items (ids)`, d.items.map((i) => i.id), t.items.map((i) => i.id));
    differ(`domains[${d.id}].guides`, d.guides, t.guides);
  }
  differ('overall', Boolean(english.overall), Boolean(translated.overall));
  if (english.overall && translated.overall) differ('overall.options (values)', english.overall.options.map((o) => o.value), translated.overall.options.map((o) => o.value));
  return problems;
}

/**
 * The instrument `id` in `lang`: content/assessments/<lang>/<id>.json, checked with the same schema
 * and against the English file (translationProblems), with the English one's ids, values and guides.
 * English, or a language without a translated file, gets the English data (and a build warning).
 * Throws, naming the file and the field, when the translation does not fit.
 */
export function localInstrumentData(id: string, english: InstrumentData, lang: string, englishFile = `content/assessments/${id}.json`): InstrumentData {
  if (lang === REFERENCE_LANGUAGE) return english;
  const path = join(contentRoot(), 'assessments', lang, `${id}.json`);
  if (!existsSync(path)) {
    process.stderr.write(`warning: ${displayPath(path)}: missing: the ${lang} pages show the instrument ${englishFile} in English\n`);
    return english;
  }
  const raw = readJson(path, 'translated instrument');
  const translated = parseOrThrow(instrumentSchema, raw, displayPath(path), 'A translated self-assessment instrument has problems');
  const problems = translationProblems(displayPath(path), english, translated, englishFile);
  if (problems.length) throw new Error(`A translated self-assessment instrument does not match the English one:\n${problems.join('\n')}`);
  // The structure (ids, values, guides) is the English file's; the texts are the translation's.
  return { ...translated, version: english.version, audience: english.audience, order: english.order, rates: english.rates, scale: { ...translated.scale, min: english.scale.min, max: english.scale.max } };
}
