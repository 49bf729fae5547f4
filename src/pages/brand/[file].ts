import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../content/site-config';
import { contentRoot } from '../../content/root';

/** The host's logo (site.json `logo.file`), copied from the content folder to /brand/<file>. */
export const getStaticPaths: GetStaticPaths = () => (site.logo ? [{ params: { file: site.logo.file } }] : []);

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = file.toLowerCase().endsWith('.svg') ? 'image/svg+xml' : 'image/png';
  return new Response(readFileSync(join(contentRoot(), file)), { headers: { 'Content-Type': type } });
};
