/**
 * The web app manifest and its icon, from the site configuration: what makes the playbook
 * installable on phones and desktops (start URL and scope follow the base path).
 */

export interface ManifestInput {
  name: string;
  description: string;
  /** The accent (#rrggbb): the theme colour and the icon's background. */
  accent: string;
  /** The page background, for the splash screen. */
  background: string;
  base: string;
}

/** The sizes of the PNG icons the build renders from iconSvg (180 is the home-screen icon on iOS). */
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;

/** A name short enough for a home screen (about 12 characters): whole words from the start, or the first word. */
export function shortName(name: string, max = 12): string {
  const words = name.trim().split(/\s+/);
  let out = '';
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  return out || words[0]!.slice(0, max);
}

export function webManifest({ name, description, accent, background, base }: ManifestInput) {
  return {
    id: base,
    name,
    short_name: shortName(name),
    description,
    lang: 'en',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: accent,
    background_color: background,
    icons: [
      { src: `${base}icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...ICONS.filter((i) => i.purpose !== 'apple').map((i) => ({ src: base + i.file, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
    ],
  };
}

/** The people glyph of the favicon and header (a 24-unit grid), drawn in white. */
const GLYPH =
  '<g fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="8" cy="7" r="3"/><circle cx="17" cy="9" r="2.5"/><path d="M2 20c0-3.3 2.7-6 6-6s6 2.7 6 6"/><path d="M14.5 15.2A4.5 4.5 0 0 1 22 18.5V20"/></g>';

/**
 * The app icon: the glyph on the accent. `maskable` fills the square (platforms cut their own
 * shape) and keeps the glyph inside the central safe zone; otherwise a rounded square.
 */
export function iconSvg(accent: string, { maskable = false } = {}): string {
  const bg = maskable ? `<rect width="48" height="48" fill="${accent}"/>` : `<rect width="48" height="48" rx="10" fill="${accent}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">${bg}<g transform="translate(12 12.5)">${GLYPH}</g></svg>`;
}
