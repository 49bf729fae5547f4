/** Checks the accent colour and, when it is too light, says by how much and which shade would pass. */
import { contrast, parseHex, toHex, type Rgb } from '../lib/color';

const WHITE: Rgb = [255, 255, 255];
export const MIN_CONTRAST = 4.5;

/** The configured colour darkened just enough to reach `target` contrast with white. */
export function passingShade(rgb: Rgb, target = MIN_CONTRAST): Rgb {
  for (let t = 0; t <= 1; t += 0.01) {
    const c = rgb.map((v) => Math.round(v * (1 - t))) as Rgb;
    if (contrast(c, WHITE) >= target) return c;
  }
  return [0, 0, 0];
}

/** Null when the accent is fine, else what is wrong and how to fix it. */
export function accentProblem(value: string): string | null {
  const rgb = parseHex(value);
  if (!rgb) return `"${value}" must be a colour written as #rrggbb`;
  const ratio = contrast(rgb, WHITE);
  if (ratio >= MIN_CONTRAST) return null;
  return `is too light: it needs a contrast of at least 4.5:1 with white text, and ${value} has ${ratio.toFixed(2)}:1; the darker shade ${toHex(passingShade(rgb))} passes`;
}
