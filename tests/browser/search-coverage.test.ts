/**
 * Search finds every guide by its main terms: the words of its title bring it into the top results.
 * And it finds the guides people come looking for by the question they would type.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentRoot } from '../../src/content/root';
import { describeBrowser, newPage, serveDuringTests, VARIANTS } from './harness';

const variant = VARIANTS[0]!;
// The configured content's guides (PLAYBOOK_CONTENT_DIR, PLAYBOOK_ORG_DIR), as far as they are searchable:
// built, and not unlisted (hidden guides and drafts have no page; unlisted ones are kept out of search).
const guidesDir = join(contentRoot(), 'guides');
const guides = readdirSync(guidesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), text: readFileSync(join(guidesDir, f), 'utf8') }))
  .filter((g) => !/^unlisted:\s*true\s*$/m.test(g.text) && existsSync(join(variant.dir, 'guides', g.id, 'index.html')))
  .map((g) => ({ id: g.id, title: /^title:\s*"?(.+?)"?\s*$/m.exec(g.text)![1]! }));

const server = serveDuringTests(variant);

/** What people type, and the guide that answers it (skipped when an organization has removed that guide). */
const QUESTIONS: readonly { query: string; id: string }[] = [
  { query: 'how do I get a sponsor', id: 'for-mentees/finding-a-sponsor' },
  { query: 'difference between a mentor and a sponsor', id: 'for-mentees/finding-a-sponsor' },
  { query: 'my mentor is my manager', id: 'challenges/mentor-is-your-manager' },
  { query: 'my supervisor is also my mentor', id: 'challenges/mentor-is-your-manager' },
  { query: 'open source mentoring internship', id: 'for-organizations/open-source-programs' },
  { query: 'google summer of code mentor', id: 'for-organizations/open-source-programs' },
  { query: 'mentoring PhD students', id: 'for-mentors/research-mentoring' },
  { query: 'who should be an author on the paper', id: 'for-mentors/research-mentoring' },
  { query: 'too many mentees', id: 'for-mentors/mentor-wellbeing' },
  { query: 'mentor burnout', id: 'for-mentors/mentor-wellbeing' },
  { query: 'mentoring someone with ADHD', id: 'for-mentors/neurodivergent-mentoring' },
  { query: 'autistic mentee', id: 'for-mentors/neurodivergent-mentoring' },
  { query: 'imposter syndrome', id: 'for-mentees/confidence-and-imposter-feelings' },
  { query: 'impostor syndrome', id: 'for-mentees/confidence-and-imposter-feelings' },
  { query: 'I feel like a fraud', id: 'for-mentees/confidence-and-imposter-feelings' },
  { query: 'mentoring someone from a different culture', id: 'for-mentors/mentoring-across-difference' },
  { query: 'cross-race mentoring', id: 'for-mentors/mentoring-across-difference' },
  { query: 'can I keep what my mentee tells me confidential', id: 'challenges/limits-of-confidentiality' },
  { query: 'mentee in crisis', id: 'challenges/limits-of-confidentiality' },
  { query: 'questions to ask my mentor', id: 'for-mentees/meeting-agendas-and-prompts' },
  { query: 'mentoring meeting agenda', id: 'for-mentees/meeting-agendas-and-prompts' },
];

/**
 * The top five result URLs for each query, from the site's own Pagefind loaded as the search page
 * loads it (a module from the site). Evaluated as a string through the DevTools protocol: an added
 * inline <script> would be blocked by the site's Content Security Policy, and the test runner would
 * rewrite an import() written in a function for Node.
 */
async function topFive(page: Page, queries: readonly string[]): Promise<string[][]> {
  await page.goto(`${server.url}search/`);
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${variant.base}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: ${JSON.stringify(variant.base)} });
    const out = [];
    for (const q of ${JSON.stringify(queries)}) {
      const found = await pagefind.search(q);
      out.push(await Promise.all(found.results.slice(0, 5).map(async (r) => (await r.data()).url)));
    }
    return out;
  })()`);
}

/** The queries whose guide is not among their top five results, with what came up instead. */
async function misses(cases: readonly { query: string; id: string }[]): Promise<string[]> {
  const top = await topFive(await newPage(), cases.map((c) => c.query));
  return cases.flatMap((c, i) => (top[i]!.includes(`${variant.base}guides/${c.id}/`) ? [] : [`"${c.query}" should find ${c.id}: top results ${top[i]!.join(', ')}`]));
}

describeBrowser('search coverage', () => {
  it('finds every guide in the top five results for its title', async () => {
    expect(guides.length, 'guides read from content/guides').toBeGreaterThan(0);
    expect(await misses(guides.map((g) => ({ query: g.title, id: g.id })))).toEqual([]);
  });

  it('finds a guide in the top five results for a question a person would type', async () => {
    expect(await misses(QUESTIONS.filter((q) => guides.some((g) => g.id === q.id)))).toEqual([]);
  });
});
