/**
 * The relationship pulse for the page: content/pulse/relationship-pulse.json, checked, with each
 * statement's guide resolved through the guides collection (a hidden guide is simply not
 * suggested). The content check (preflight.ts) has already reported any problem. Build time only.
 *
 * In another language (issue 19) the texts come from content/pulse/<lang>/relationship-pulse.json:
 * the same statement ids, scale values, interval and guides as the English file, checked here
 * (pulseTranslationProblems), so a round answered in one language reads the same in another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './root';
import { pulseSchema, type PulseData } from './pulse-schema';
import { formatIssues } from './format-issues';
import { REFERENCE_LANGUAGE } from './i18n-check';
import { loadLanguages } from './i18n';
import { displayPath } from './read-json';
import type { PulseInstrument } from '../tools/pair/instrument';
import { guideLink, type GuideRef } from './instruments';
import { labelValues, translationDiffer } from './translation-check';

export const PULSE_ID = 'relationship-pulse';

function read(file: string, shown: string): PulseData {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = pulseSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatIssues(shown, parsed.error, raw));
  return parsed.data;
}

/** A translated pulse against the English one: same ids, values, interval and guides; only texts differ. One line per problem. Pure. */
export function pulseTranslationProblems(file: string, english: PulseData, translated: PulseData, englishFile: string): string[] {
  const { differ, problems } = translationDiffer(file, englishFile);
  differ('version', english.version, translated.version);
  differ('everyWeeks', english.everyWeeks, translated.everyWeeks);
  differ('scale.min', english.scale.min, translated.scale.min);
  differ('scale.max', english.scale.max, translated.scale.max);
  differ('scale.labels (values)', labelValues(english.scale.labels), labelValues(translated.scale.labels));
  differ('items (ids)', english.items.map((i) => i.id), translated.items.map((i) => i.id));
  for (const item of english.items) {
    const t = translated.items.find((x) => x.id === item.id);
    if (t) differ(`items[${item.id}].guide`, item.guide, t.guide);
  }
  return problems;
}

/** The "does not apply" choice in `lang` (from the pair messages), English when the messages are not loaded. */
function notApplicable(lang: string): string {
  try {
    const t = loadLanguages().get(lang)?.translator;
    if (t?.has('pair.pulse.notApplicable')) return t.t('pair.pulse.notApplicable');
  } catch {
    // Scripts and tests that load the pulse without the site's messages get the English words.
  }
  return 'Does not apply';
}

/**
 * The pulse in `lang` (English by default: the program survey calls loadPulse(guides, guideUrl)).
 * A language without a translated file gets the English texts, with a build warning.
 */
export function loadPulse(guides: readonly GuideRef[], guideUrl: (id: string) => string, lang: string = REFERENCE_LANGUAGE): PulseInstrument | null {
  const file = join(contentRoot(), 'pulse', `${PULSE_ID}.json`);
  if (!existsSync(file)) return null;
  const englishFile = `content/pulse/${PULSE_ID}.json`;
  const english = read(file, englishFile);
  let p = english;
  if (lang !== REFERENCE_LANGUAGE) {
    const local = join(contentRoot(), 'pulse', lang, `${PULSE_ID}.json`);
    if (!existsSync(local)) process.stderr.write(`warning: ${displayPath(local)}: missing: the ${lang} pages show the relationship pulse in English\n`);
    else {
      const translated = read(local, displayPath(local));
      const problems = pulseTranslationProblems(displayPath(local), english, translated, englishFile);
      if (problems.length) throw new Error(`The translated relationship pulse does not match the English one:\n${problems.join('\n')}`);
      p = translated;
    }
  }
  const byId = new Map(guides.map((g) => [g.id, g]));
  return {
    id: PULSE_ID,
    title: p.title,
    version: english.version,
    summary: p.summary,
    instructions: p.instructions,
    everyWeeks: english.everyWeeks,
    basis: p.basis,
    scale: { question: p.scale.question, min: english.scale.min, max: english.scale.max, labels: [...p.scale.labels].sort((a, b) => a.value - b.value), notApplicable: notApplicable(lang) },
    items: english.items.map((item) => {
      const text = p.items.find((i) => i.id === item.id)?.text ?? item.text;
      const g = byId.get(item.guide);
      return { id: item.id, text, guide: g ? guideLink(g, guideUrl) : null };
    }),
    openLine: p.openLine,
  };
}
