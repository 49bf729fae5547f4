/**
 * The pair feedback's content for the self-assessment page: the mentee-rates-mentor instrument
 * (the one with "rates", checked against its twin by instrument-pairs.ts), its twin and the
 * relationship pulse, in the page's language. Build time only.
 */
import type { Instrument } from '../tools/self-assessment/instrument';
import type { PairContent } from '../tools/pair/instrument';
import type { GuideRef } from './instruments';
import { loadPulse } from './pulse';

export function pairContent(
  meta: readonly { id: string; rates?: string | undefined }[],
  instruments: readonly Instrument[],
  guides: readonly GuideRef[],
  guideUrl: (id: string) => string,
  lang?: string,
): PairContent {
  const raterMeta = meta.find((m) => m.rates);
  const rater = raterMeta ? instruments.find((i) => i.id === raterMeta.id) : undefined;
  const rated = raterMeta ? instruments.find((i) => i.id === raterMeta.rates) : undefined;
  return {
    rater: rater && rated ? { ...rater, rates: rated.id } : null,
    rated: rated ?? null,
    pulse: loadPulse(guides, guideUrl, lang),
  };
}
