// Writes the MDX of one synthetic guide: frontmatter that passes the guide schema and
// a body of about 900 words with h2/h3 headings, lists, a table, a callout and
// root-relative links to other generated guides.
import * as W from './words.mjs';

const { cap } = W;
const words = (text) => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
const TOOLS = ['goal-planner', 'expectations', 'self-assessment'];
const TOOL_LINKS = { 'goal-planner': 'goal planner', expectations: 'expectations worksheet', 'self-assessment': 'self-assessment' };
const AUDIENCES = ['mentee', 'mentor', 'organization'];

/** A proper noun made of syllables: unique words that make the search index grow as real text does. */
function coined(rng, syllables = rng.int(2, 3)) {
  return cap(Array.from({ length: syllables }, () => rng.pick(W.SYLLABLES)).join(''));
}

const linkTo = (guide, text = guide.title.toLowerCase()) => `[${text}](/guides/${guide.id}/)`;

function sentence(rng, ctx) {
  const s = () => rng.pick(W.SUBJECTS);
  const o = () => rng.pick(W.OBJECTS);
  const forms = [
    () => `${cap(s())} should ${rng.pick(W.VERBS)} ${o()} ${rng.pick(W.TIMEFRAMES)}.`,
    () => `When ${s()} can ${rng.pick(W.VERBS)} ${o()} ${rng.pick(W.ADVERBS)}, ${rng.pick(W.OUTCOMES)}.`,
    () => `A short ${rng.pick(W.ARTIFACTS)} helps ${s()} ${rng.pick(W.VERBS)} ${o()}, because ${rng.pick(W.REASONS)}.`,
    () => `Most ${rng.pick(W.GROUPS)} in ${ctx.context} find that things go better when ${rng.pick(W.CONDITIONS)}.`,
    () => `${rng.pick(W.FIRST_NAMES)}, who works at ${coined(rng)} ${rng.pick(W.ORG_KINDS)}, started to ${rng.pick(W.VERBS)} ${o()} ${rng.pick(W.TIMEFRAMES)}, and ${rng.pick(W.OUTCOMES)}.`,
    () => `Ask ${s()} to ${rng.pick(W.VERBS)} ${o()} and to say what would make it easier.`,
    () => `Write down ${o()} ${rng.pick(W.TIMEFRAMES)}; ${rng.pick(W.REASONS)}.`,
    () => `This matters in ${ctx.context} because ${rng.pick(W.REASONS)}.`,
    () => `If ${s()} cannot ${rng.pick(W.VERBS)} ${o()}, agree ${rng.pick(W.ADVERBS)} on a smaller step and try again ${rng.pick(W.TIMEFRAMES)}.`,
    () => `The point of ${ctx.topic} is not the paperwork: it is that ${rng.pick(W.OUTCOMES)}.`,
  ];
  return rng.pick(forms)();
}

function paragraph(rng, ctx, { link = false, sentences = rng.int(3, 4) } = {}) {
  const parts = Array.from({ length: sentences }, () => sentence(rng, ctx));
  if (link && ctx.links.length) {
    const target = ctx.links.shift();
    parts.splice(rng.int(1, parts.length), 0, `For more on this, read ${linkTo(target)}.`);
  }
  return parts.join(' ');
}

function bulletList(rng, ctx) {
  return Array.from({ length: rng.int(3, 5) }, () => {
    const lead = cap(rng.pick(W.VERBS));
    return `- **${lead} ${rng.pick(W.OBJECTS)}.** ${sentence(rng, ctx)}`;
  }).join('\n');
}

function numberedList(rng) {
  return Array.from({ length: rng.int(4, 6) }, (_, i) => `${i + 1}. ${cap(rng.pick(W.VERBS))} ${rng.pick(W.OBJECTS)} ${rng.pick(W.TIMEFRAMES)}.`).join('\n');
}

function table(rng) {
  const head = rng.pick(W.TABLE_HEADS);
  const rows = Array.from({ length: rng.int(3, 5) }, () => [
    cap(rng.pick([...W.HEADINGS_H3, ...W.GROUPS])),
    cap(rng.pick(W.OBJECTS)),
    cap(rng.pick(W.OUTCOMES)),
  ]);
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function description(rng, topic, context) {
  const text = `${cap(rng.pick(W.VERBS))} ${rng.pick(W.OBJECTS)} and make ${topic} work in ${context}, with ${rng.pick(['a checklist', 'a worked example', 'questions to ask', 'a table of signals', 'clear steps'])} you can use ${rng.pick(W.TIMEFRAMES)}.`;
  return text.length <= 220 ? text : `${text.slice(0, 200).replace(/[\s,;:]+\S*$/, '')}.`;
}

/**
 * @param {ReturnType<import('./prng.mjs').createRandom>} rng
 * @param {{ id: string, section: string, order: number, title: string, topic: string, context: string }} guide
 * @param {Array<{ id: string, title: string }>} all every generated guide (links and related ids point into it)
 * @param {number} targetWords
 */
export function guideMdx(rng, guide, all, targetWords = 900) {
  const others = () => {
    let g;
    do g = rng.pick(all);
    while (g.id === guide.id);
    return g;
  };
  const related = [...new Map(Array.from({ length: rng.int(2, 4) }, others).map((g) => [g.id, g])).values()];
  while (related.length < 2) {
    const g = others();
    if (!related.some((r) => r.id === g.id)) related.push(g);
  }
  const audience = rng.sample(AUDIENCES, rng.int(1, 3));
  const tools = rng.sample(TOOLS, rng.int(0, 2));
  const updated = new Date(Date.UTC(2025, 0, 1) + rng.int(0, 600) * 86400000).toISOString().slice(0, 10);
  const ctx = { topic: guide.topic, context: guide.context, links: [...related, ...Array.from({ length: rng.int(1, 3) }, others)] };

  const h2 = rng.sample(W.HEADINGS_H2, 6);
  const blocks = [
    paragraph(rng, ctx, { link: true }),
    paragraph(rng, ctx),
    `## ${h2[0]}`, paragraph(rng, ctx, { link: true }), `### ${rng.pick(W.HEADINGS_H3)}`, paragraph(rng, ctx), bulletList(rng, ctx),
    `## ${h2[1]}`, paragraph(rng, ctx), table(rng), paragraph(rng, ctx, { link: true }),
    `## ${h2[2]}`, `### ${rng.pick(W.HEADINGS_H3)}`, paragraph(rng, ctx), numberedList(rng),
    `### ${rng.pick(W.HEADINGS_H3)}`, paragraph(rng, ctx, { link: true }),
  ];
  if (tools.length) blocks.push(`Use the [${TOOL_LINKS[tools[0]]}](/tools/${tools[0]}/) to keep track of what you agree.`);
  blocks.push(`<Callout type="${rng.pick(['note', 'tip', 'warning'])}">\n\n${paragraph(rng, ctx, { sentences: 2 })}\n\n</Callout>`, `## ${h2[3]}`, paragraph(rng, ctx));
  const budget = targetWords + rng.int(-60, 60) - 110;
  while (words(blocks.join('\n')) < budget) blocks.push(paragraph(rng, ctx, { link: true }));
  blocks.push(`<KeyTakeaways>\n\n${Array.from({ length: rng.int(3, 4) }, () => `- ${cap(rng.pick(W.VERBS))} ${rng.pick(W.OBJECTS)} ${rng.pick(W.TIMEFRAMES)}.`).join('\n')}\n\n</KeyTakeaways>`);

  const frontmatter = [
    '---',
    `title: ${JSON.stringify(guide.title)}`,
    `description: ${JSON.stringify(description(rng, guide.topic, guide.context))}`,
    `audience: [${audience.join(', ')}]`,
    `section: ${guide.section}`,
    `order: ${guide.order}`,
    `related: [${related.map((r) => r.id).join(', ')}]`,
    `tools: [${tools.join(', ')}]`,
    `updated: ${updated}`,
    '---',
  ].join('\n');
  const body = blocks.join('\n\n');
  return { mdx: `${frontmatter}\n\n${body}\n`, words: words(body.replace(/<[^>]+>|\]\([^)]*\)|[#|*-]+/g, ' ')), audience };
}
