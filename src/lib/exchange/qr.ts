/**
 * A QR code as one SVG path, from any encoder's grid (size, and whether a module is dark).
 * Pure; the encoder (lean-qr) is loaded by the view only when someone asks for the code.
 */

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

export interface QrGrid {
  size: number;
  get: (x: number, y: number) => boolean;
}

/** `d` draws every dark module (one rectangle per run in a row); `viewBox` includes the quiet zone. */
export function qrPath(grid: QrGrid): { d: string; viewBox: string } {
  let d = '';
  for (let y = 0; y < grid.size; y++) {
    for (let x = 0; x < grid.size; ) {
      if (!grid.get(x, y)) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < grid.size && grid.get(x + run, y)) run++;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run;
    }
  }
  const side = grid.size + 2 * QUIET_ZONE;
  return { d, viewBox: `0 0 ${side} ${side}` };
}
