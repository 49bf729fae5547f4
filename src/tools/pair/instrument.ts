/**
 * What the pair views receive from the page, as plain data: the mentee-rates-mentor instrument
 * (with the id of the self-assessment it mirrors), that self-assessment, and the relationship
 * pulse, their guide ids resolved at build time (src/content/instruments.ts, src/content/pulse.ts).
 */
import type { GuideLink, Instrument, Scale } from '../self-assessment/instrument';

export type RaterInstrument = Instrument & { rates: string };

export interface PulseItem {
  id: string;
  text: string;
  /** The guide to suggest when the two answers are two or more points apart; null when the host hid it. */
  guide: GuideLink | null;
}

export interface PulseInstrument {
  id: string;
  title: string;
  version: number;
  summary: string;
  instructions: string;
  everyWeeks: number;
  basis: string;
  scale: Scale;
  items: PulseItem[];
  openLine: string;
}

export interface PairContent {
  /** The instrument a mentee rates their mentor with, or null when the playbook has none. */
  rater: RaterInstrument | null;
  /** The mentor's own self-assessment that `rater` mirrors. */
  rated: Instrument | null;
  pulse: PulseInstrument | null;
}
