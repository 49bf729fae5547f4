/**
 * The instrument as the island sees it: plain data, with each domain's guide ids
 * resolved to titles and URLs at build time (src/content/instruments.ts).
 */

export interface ScaleLabel {
  value: number;
  label: string;
}

export interface Scale {
  question: string;
  min: number;
  max: number;
  labels: ScaleLabel[];
  notApplicable: string;
}

export interface GuideLink {
  id: string;
  title: string;
  url: string;
  /** The title's language, when it is not the page's (a guide not translated yet). */
  lang?: string;
}

export interface Item {
  id: string;
  text: string;
}

export interface Domain {
  id: string;
  title: string;
  description: string;
  items: Item[];
  guides: GuideLink[];
}

export interface OverallQuestion {
  question: string;
  hint?: string;
  options: { value: string; label: string }[];
  notApplicable: string;
}

export interface Instrument {
  id: string;
  title: string;
  /** The instrument file's version (content/assessments/<id>.json); 1 when it has none. */
  version?: number;
  audience: 'mentor' | 'mentee';
  summary: string;
  instructions: string;
  inspiredBy: string[];
  /** Rough time to complete, in minutes. */
  minutes: number;
  scale: Scale;
  domains: Domain[];
  overall?: OverallQuestion;
}
