/** Issue 20, item 14: a long rating scale lays out evenly on a phone, and no word runs out of its choice. */
import { describe, expect, it } from 'vitest';
import { describeBrowser, newPage, serveDuringTests, VARIANTS } from './harness';

const variant = VARIANTS[0]!;

describeBrowser('self-assessment scale on a phone', () => {
  describe(`served at ${variant.base}`, () => {
    const server = serveDuringTests(variant);

    for (const width of [320, 360]) {
      it(`every scale of the first questionnaire fits its choices at ${width} px`, async () => {
        const page = await newPage({ viewport: { width, height: 740 } });
        await page.goto(`${server.url}tools/self-assessment/`);
        await page.locator('.sa-card button').first().click();
        const scale = page.locator('.sa-scale').first();
        await scale.waitFor();
        const choices = await scale.locator('.sa-choice').evaluateAll((els) =>
          els.map((el) => ({ width: Math.round(el.getBoundingClientRect().width), overflows: el.scrollWidth > el.clientWidth + 1, wide: el.classList.contains('sa-choice-wide') })),
        );
        expect(choices.filter((c) => c.overflows)).toEqual([]);
        // Even: every point of the scale is as wide as the others (no row of four above a row of three).
        const points = choices.filter((c) => !c.wide);
        expect(new Set(points.map((c) => c.width)).size, JSON.stringify(points)).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.context().close();
      });
    }
  });
});
