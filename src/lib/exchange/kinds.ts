/**
 * The kinds of content people exchange. The envelope names its kind and the version of that
 * kind's format; the page that receives it decides which kinds it accepts and validates the
 * content with the kind's own schema (each tool defines its KindSpec beside its other models).
 * KNOWN_KINDS only names every kind, so a page can say where a link of another kind opens.
 */

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface KindSpec<T> {
  /** "expectations/copy": the tool, then what it is. */
  id: string;
  /** The newest version of the content's format this code reads; every older one must stay readable. */
  version: number;
  /** What it is, for messages: "a worksheet copy". */
  noun: string;
  /** The largest content, as UTF-8 JSON, that may come out of decompression. */
  maxBytes: number;
  /** Validates content of format `version` (1 … this.version) and upgrades it; `reason` is plain words. */
  parse: (value: unknown, version: number) => ParseResult<T>;
}

// Kinds differ in their content type; a page's list holds them side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = KindSpec<any>;

/** Every kind any page of the playbook makes, with what it is and where it opens, for messages. */
export const KNOWN_KINDS: Record<string, { what: string; where: string }> = {
  'expectations/copy': { what: 'a copy of an expectations worksheet', where: 'the expectations worksheet' },
  'expectations/agreed': { what: 'an agreed expectations worksheet', where: 'the expectations worksheet' },
  'goal-planner/plan': { what: 'a goal plan', where: 'the goal planner' },
  'goal-planner/comments': { what: 'comments on a goal plan', where: 'the goal planner' },
  'my-data/export': { what: 'a full export of someone’s playbook data', where: 'My data' },
  'self-assessment/mentor-360': { what: 'a mentee’s ratings of their mentor', where: 'the self-assessment page (Mentor 360)' },
  'self-assessment/pulse': { what: 'a relationship pulse', where: 'the self-assessment page (Relationship pulse)' },
  'program/response': { what: 'a response to a program survey', where: 'the program report page' },
};

export const describeKind = (id: string): string => KNOWN_KINDS[id]?.what ?? 'something this version of the playbook does not know';
