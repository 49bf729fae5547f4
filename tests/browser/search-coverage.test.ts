/** Search finds every guide by its main terms: the words of its title bring it into the top results. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeBrowser, newPage, serveDuringTests, VARIANTS } from './harness';

const variant = VARIANTS[0]!;
const guides = readdirSync('content/guides', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), title: /^title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(join('content/guides', f), 'utf8'))![1]! }));

const server = serveDuringTests(variant);

describeBrowser('search coverage', () => {
  it('finds every guide in the top five results for its title', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/`);
    // Loaded as the search page loads it (a module from the site), not through the test runner.
    await page.addScriptTag({ type: 'module', content: `import * as pf from '${variant.base}pagefind/pagefind.js'; window.pf = pf;` });
    await page.waitForFunction(() => 'pf' in window);
    const missing = await page.evaluate(
      async ({ base, guides }) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const pagefind = (window as any).pf;
        await pagefind.options({ baseUrl: base });
        const out: string[] = [];
        for (const g of guides) {
          const found = await pagefind.search(g.title);
          const urls = await Promise.all(found.results.slice(0, 5).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
          if (!urls.includes(`${base}guides/${g.id}/`)) out.push(`${g.id} ("${g.title}"): top results ${urls.join(', ')}`);
        }
        return out;
      },
      { base: variant.base, guides },
    );
    expect(guides.length, 'guides read from content/guides').toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
