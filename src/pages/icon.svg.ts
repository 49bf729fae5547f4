import type { APIRoute } from 'astro';
import { site } from '../content/site-config';
import { iconSvg } from '../lib/offline/web-manifest';

/** The app icon in the site's accent colour (the PNG icons are rendered from the same SVG). */
export const GET: APIRoute = () => new Response(iconSvg(site.accentColor), { headers: { 'Content-Type': 'image/svg+xml' } });
