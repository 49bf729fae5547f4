import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { site } from '../../content/site-config';
import { ICONS, iconSvg } from '../../lib/offline/web-manifest';

/** The PNG app icons, rendered at build time from the one SVG icon in the accent colour. */
export const getStaticPaths = (() =>
  ICONS.map((icon) => ({ params: { icon: icon.file.replace(/^icons\/|\.png$/g, '') }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { size, purpose } = props as (typeof ICONS)[number];
  // iOS puts its own rounded mask on a square icon, as Android does on a maskable one.
  const svg = iconSvg(site.accentColor, { maskable: purpose !== 'any' });
  const png = await sharp(Buffer.from(svg), { density: Math.ceil((72 * size) / 48) }).resize(size, size).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
