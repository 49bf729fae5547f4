/**
 * Turns a checked instrument file (content/assessments/<id>.json) into the plain data the
 * self-assessment island receives, resolving each domain's guides. Build time only.
 */
import type { InstrumentData } from './instrument-schema';
import type { Domain, Instrument } from '../tools/self-assessment/instrument';

export interface GuideRef {
  id: string;
  title: string;
}

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
      return [{ id: guide.id, title: guide.title, url: guideUrl(guide.id) }];
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
