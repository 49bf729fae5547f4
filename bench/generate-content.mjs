// Makes a temporary content folder with N synthetic guides: the real content's
// other files (site.json, worksheet/, assessments/…) are copied, the guides are
// generated, and every reference to a guide in those files (site.json's reading
// paths, the self-assessments' recommended guides) is pointed at generated guides.
// The real content/ folder is only read.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './prng.mjs';
import { guideMdx } from './guide-text.mjs';
import { CONTEXTS, TITLE_TEMPLATES, TOPICS } from './words.mjs';

const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-[^-]*$/, (m) => (m.length < 3 ? '' : m)).replace(/-$/, '');

/** Unique titles and ids, spread over the sections in turn. */
function planGuides(rng, sections, count) {
  const titles = new Set();
  const ids = new Set();
  const perSection = new Map(sections.map((s) => [s, 0]));
  const guides = [];
  for (let i = 0; i < count; i++) {
    const section = sections[i % sections.length];
    let topic, context, title;
    for (let attempt = 0; ; attempt++) {
      topic = rng.pick(TOPICS);
      context = rng.pick(CONTEXTS);
      title = rng.pick(TITLE_TEMPLATES)(topic, context);
      if (attempt > 20) title = `${title} (part ${attempt - 19})`;
      if (!titles.has(title) && title.length <= 90) break;
    }
    titles.add(title);
    let slug = slugify(title);
    for (let n = 2; ids.has(`${section}/${slug}`); n++) slug = `${slugify(title)}-${n}`;
    ids.add(`${section}/${slug}`);
    perSection.set(section, perSection.get(section) + 1);
    guides.push({ id: `${section}/${slug}`, section, slug, order: perSection.get(section), title, topic, context });
  }
  return guides;
}

const GUIDE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every .json file under dir (guides/ excepted), site.json excepted. */
function jsonFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? join(prefix, name) : name;
    if (rel === 'guides' || rel === 'site.json') return [];
    if (statSync(join(dir, rel)).isDirectory()) return jsonFiles(dir, rel);
    return name.endsWith('.json') ? [rel] : [];
  });
}

/** Replaces, in place, each `guides: [<guide id>…]` array that names a missing guide with generated ids. */
function repointGuideLists(value, exists, pickIds) {
  if (Array.isArray(value)) return value.forEach((v) => repointGuideLists(v, exists, pickIds));
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    const isGuideList = key === 'guides' && Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && GUIDE_ID.test(x));
    if (isGuideList && !v.every(exists)) value[key] = pickIds(v.length);
    // One guide named by id (e.g. a pulse item's `guide`).
    else if (key === 'guide' && typeof v === 'string' && GUIDE_ID.test(v) && !exists(v)) value[key] = pickIds(1)[0];
    else repointGuideLists(v, exists, pickIds);
  }
}

/**
 * @param {{ realContent: string, dir: string, count: number, seed: number, withRealGuides?: boolean }} o
 * @returns {{ guides: Array<{ id: string, title: string, words: number }>, words: { mean: number, min: number, max: number } }}
 */
export function generateContent({ realContent, dir, count, seed, withRealGuides = false }) {
  const rng = createRandom(seed * 1_000_003 + count);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(realContent)) {
    if (entry !== 'guides' || withRealGuides) cpSync(join(realContent, entry), join(dir, entry), { recursive: true });
  }
  const siteFile = join(dir, 'site.json');
  const site = JSON.parse(readFileSync(siteFile, 'utf8'));
  const sections = site.sections.map((s) => s.id);
  const guides = planGuides(rng, sections, count);
  const byAudience = { mentee: [], mentor: [], organization: [] };
  for (const section of sections) mkdirSync(join(dir, 'guides', section), { recursive: true });
  for (const guide of guides) {
    const { mdx, words, audience } = guideMdx(rng, guide, guides);
    writeFileSync(join(dir, 'guides', `${guide.id}.mdx`), mdx);
    guide.words = words;
    for (const a of audience) byAudience[a].push(guide.id);
  }
  // Reading paths: the same path ids and titles, with generated guides written for that audience
  // (with the real guides kept, the real paths still hold).
  if (!withRealGuides) site.paths = (site.paths ?? []).map((path) => {
    const pool = byAudience[path.id]?.length ? byAudience[path.id] : guides.map((g) => g.id);
    return { ...path, guides: rng.sample(pool, Math.min(pool.length, Math.max(1, path.guides?.length ?? 6))) };
  });
  writeFileSync(siteFile, `${JSON.stringify(site, null, 2)}\n`);
  const ids = new Set(guides.map((g) => g.id));
  const exists = (id) => ids.has(id) || (withRealGuides && statSync(join(dir, 'guides', `${id}.mdx`), { throwIfNoEntry: false }) !== undefined);
  for (const file of jsonFiles(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const data = JSON.parse(text);
    repointGuideLists(data, exists, (n) => rng.sample(guides, n).map((g) => g.id));
    if (JSON.stringify(data) !== JSON.stringify(JSON.parse(text))) writeFileSync(join(dir, file), `${JSON.stringify(data, null, 2)}\n`);
  }
  const counts = guides.map((g) => g.words);
  return {
    guides: guides.map(({ id, title, words }) => ({ id, title, words })),
    words: { mean: Math.round(counts.reduce((a, b) => a + b, 0) / counts.length), min: Math.min(...counts), max: Math.max(...counts) },
  };
}
