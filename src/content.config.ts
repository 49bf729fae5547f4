import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { site } from './site';
import { contentRoot } from './lib/content-root';
import { guideSchema } from './lib/guide-schema';

const guidesDir = join(contentRoot(), 'guides');

/** Guides: `content/guides/<section>/<slug>.mdx`; the id is `<section>/<slug>`. */
const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: guidesDir }),
  schema: guideSchema({
    sectionIds: site.sections.map((s) => s.id),
    guideExists: (id) => existsSync(join(guidesDir, `${id}.mdx`)),
  }),
});

export const collections = { guides };
