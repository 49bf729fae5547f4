/**
 * Editorial checks over the built guides, in two groups.
 *
 * Rules for every playbook, whoever writes its guides: each guide page states its reading time
 * (from the `minutes` field or computed from the text), so the prose must not state one of its own;
 * the two would disagree as soon as the text is edited.
 *
 * The house style of the bundled content: British spelling with -ize (Oxford spelling), "program"
 * as the guides mostly write it. It runs only when the site is built from this project's own
 * content folder; an organization that builds its own guides (PLAYBOOK_CONTENT_DIR) keeps its own
 * spelling. Reference lists, code and the proper names below keep the spelling they were published with.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../src/content/root';
import { VARIANTS } from '../support/dist';
import { pages, text } from '../support/html';

const variant = VARIANTS[0]!;
const guides = pages(variant.dir, variant.base).filter((p) => /^\/guides\/[^/]+\/[^/]+\/$/.test(p.path));

/** The guide's own text: the article without the metadata list (which states the time), code or scripts. */
function prose(html: string, { withReferences }: { withReferences: boolean }): string {
  let article = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  article = article
    .replace(/<dl\b[^>]*class="[^"]*guide-meta[\s\S]*?<\/dl>/, ' ')
    .replace(/<(pre|code|script|style)\b[\s\S]*?<\/\1>/g, ' ');
  if (!withReferences) article = article.split(/<h2\b[^>]*>\s*References\s*<\/h2>/)[0]!;
  return text(article);
}

/** The sentence around a match, to name it in a failure. */
function around(s: string, index: number): string {
  const start = Math.max(s.lastIndexOf('. ', index) + 2, index - 120, 0);
  const end = s.indexOf('. ', index);
  return s.slice(start, end === -1 ? index + 80 : Math.min(end + 1, index + 160)).trim();
}

function findAll(s: string, patterns: readonly RegExp[]): string[] {
  return patterns.flatMap((p) => [...s.matchAll(new RegExp(p.source, 'giu'))].map((m) => around(s, m.index ?? 0)));
}

const DURATION = String.raw`(?:about |around |roughly |under |less than |only |just |a good )?(?:a few|a couple of|an?|[\p{L}\d-]+)\s+(?:seconds?|minutes?|mins?|hours?)`;

/** Phrasings that state how long the page takes to read. */
const READING_TIME: readonly RegExp[] = [
  // "six minutes to read", "a few seconds to read", "ten minutes of reading"
  /\b(?:seconds?|minutes?|mins?|hours?)\s+(?:to|of)\s+read(?:ing)?\b/,
  // "a ten-minute read", "5 min read"
  /\b(?:second|minute|min|hour)s?[-\s]read\b/,
  // "Reading takes about eight minutes", "Reading this guide takes ten minutes"
  new RegExp(String.raw`\breading(?:\s+(?:it|this(?:\s+[\p{L}]+)?))?\s+(?:takes|will take|should take)\s+${DURATION}\b`, 'u'),
  // "read this guide in ten minutes", "you can read it in under five minutes"
  new RegExp(String.raw`\bread\s+(?:it|this(?:\s+[\p{L}]+)?)\s+in\s+${DURATION}\b`, 'u'),
];

describe('the prose of every guide', () => {
  it('finds the guides to check', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it('states no reading time: the page shows one, computed from the text', () => {
    const found = guides.flatMap((g) => findAll(prose(g.html, { withReferences: true }), READING_TIME).map((s) => `${g.path}: “${s}”`));
    expect(found).toEqual([]);
  });

  it('recognizes the usual ways of stating a reading time, and not the durations of exercises', () => {
    const flagged = (s: string) => findAll(s, READING_TIME).length > 0;
    for (const s of [
      'It takes about six minutes to read.',
      'Reading it takes about ten minutes.',
      'Reading takes about eight minutes.',
      'Reading this guide takes about ten minutes.',
      'It takes ten minutes to read, and a few minutes a week to practise.',
      'Each entry takes a few seconds to read.',
      'This is a ten-minute read.',
      'You can read this guide in under five minutes.',
    ])
      expect(flagged(s), s).toBe(true);
    for (const s of [
      'The exercise takes about an hour: twenty minutes each on your own, then a thirty-minute conversation.',
      'For pure accountability, a 15-minute weekly check-in can be enough.',
      'You may leave out minutes: the reading time is computed from the text.',
      'Read the guide on ending well before your last meeting, which takes about an hour.',
      'Reading the room takes practice.',
    ])
      expect(flagged(s), s).toBe(false);
  });
});

/** Proper names that keep the spelling they were given. */
const PROPER_NAMES: readonly RegExp[] = [
  /\bCenter for (?:Creative Leadership|the Improvement of Mentored Experiences in Research)\b/g,
  /\bSituation[–-]Behavior[–-]Impact\b/g,
];

/** The bundled guides' spelling: each pattern matches a form they do not use, with the form they do. */
const HOUSE_SPELLING: readonly { pattern: RegExp; use: string }[] = [
  {
    pattern: /\b(?:organi|reorgani|recogni|priori?ti|summari|minimi|maximi|apologi|reali|speciali|critici|anonymi|emphasi|categori|familiari|personali|standardi|utili|optimi)s(?:e|es|ed|ing|ation|ations|er|ers)\b/,
    use: '-ize, -ization (organize, recognize, prioritize, summarize)',
  },
  { pattern: /\b(?:behavior|color|favor|honor|labor|neighbor|humor)(?:s|ed|ing|al|ally|able|ite|ites|ful|hood|ly)?\b/, use: '-our (behaviour, colour, favour, honour)' },
  { pattern: /\b(?:center|theater)(?:s|ed)?\b/, use: '-re (centre, theatre)' },
  { pattern: /\b(?:model|travel|cancel|label|signal|counsel)(?:ed|ing|er|ers)\b/, use: 'a doubled l (modelling, cancelled, counselling)' },
  { pattern: /\bjudgments?\b/, use: 'judgement' },
  { pattern: /\bpediatric(?:s|ian|ians)?\b/, use: 'paediatric' },
];

describe.runIf(contentRoot() === resolve('content'))('the bundled guides’ house style', () => {
  it('spells British with -ize throughout the prose, outside reference lists and proper names', () => {
    const found = guides.flatMap((g) => {
      let s = prose(g.html, { withReferences: false });
      for (const name of PROPER_NAMES) s = s.replace(name, ' ');
      return HOUSE_SPELLING.flatMap(({ pattern, use }) => findAll(s, [pattern]).map((where) => `${g.path}: use ${use}: “${where}”`));
    });
    expect(found).toEqual([]);
  });

  it('catches the other forms of its words, and leaves their British forms and look-alikes alone', () => {
    const flagged = (s: string) => HOUSE_SPELLING.some(({ pattern }) => new RegExp(pattern.source, 'iu').test(s));
    for (const s of ['organise', 'Organisation', 'recognised', 'prioritise', 'summarising', 'behavior', 'colors', 'favorite', 'community center', 'canceled', 'modeling', 'judgment', 'pediatric'])
      expect(flagged(s), s).toBe(true);
    for (const s of ['organize', 'organization', 'recognized', 'behaviour', 'colour', 'favourite', 'centre', 'cancelled', 'modelling', 'judgement', 'paediatric', 'criticism', 'realistic', 'analyse', 'exercise', 'expertise', 'advise', 'supervise', 'specialist', 'gas meter', 'honorary'])
      expect(flagged(s), s).toBe(false);
  });
});
