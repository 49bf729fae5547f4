import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { site } from './content/site-config';
import { contentRoot } from './content/root';
import { isHiddenGuide } from './content/hidden';
import { guideSchema } from './content/guide-schema';
import { GUIDE_PATTERNS, TRANSLATION_PATTERNS } from './content/guide-files';
import { instrumentSchema } from './content/instrument-schema';
import { worksheetLoader } from './content/worksheet-loader';

const guidesDir = join(contentRoot(), 'guides');

/** Guides: `content/guides/<section>/<slug>.mdx`; the id is `<section>/<slug>`. */
const schema = guideSchema({
  sectionIds: site.sections.map((s) => s.id),
  // A hidden guide still "exists" for references: the pages drop links to it.
  guideExists: (id) => existsSync(join(guidesDir, `${id}.mdx`)) || isHiddenGuide(id, site),
});
const guides = defineCollection({ loader: glob({ pattern: GUIDE_PATTERNS, base: guidesDir }), schema });

/** Translated guides: `content/guides/<lang>/<section>/<slug>.mdx`; the id is `<lang>/<section>/<slug>` (src/content/guide-files.ts). */
const translations = defineCollection({ loader: glob({ pattern: TRANSLATION_PATTERNS, base: guidesDir }), schema });

/** Expectations worksheet templates: `content/worksheet/<id>.json` (schema in src/content/worksheet-schema.ts). */
const worksheet = defineCollection({ loader: worksheetLoader(join(contentRoot(), 'worksheet')) });

/** Self-assessment instruments: `content/assessments/<instrument>.json`; the id is the file name (schema in src/content/instrument-schema.ts). */
const assessments = defineCollection({
  loader: glob({ pattern: '*.json', base: join(contentRoot(), 'assessments') }),
  schema: instrumentSchema,
});

export const collections = { guides, translations, worksheet, assessments };
