import type { APIRoute } from 'astro';
import { site } from '../content/site-config';
import { webManifest } from '../lib/offline/web-manifest';
import { BASE } from '../lib/paths';

/** The web app manifest: name and colours from content/site.json, start URL and scope from the base. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(webManifest({ name: site.name, description: site.tagline, accent: site.accentColor, background: '#ffffff', base: BASE }), null, 2),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
