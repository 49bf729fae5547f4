import { join } from 'node:path';
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: join(process.env.BARE_CONTENT_DIR ?? 'content', 'guides') }),
  schema: z.object({ title: z.string(), description: z.string() }).passthrough(),
});

export const collections = { guides };
