// The system Chromium and the flags every browser the benchmark starts uses.
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Path of the system Chromium (CHROMIUM_PATH wins); throws a clear error when there is none. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium not found (looked in ${candidates.join(', ')}); install it or set CHROMIUM_PATH, or run with --no-search --no-lighthouse`);
  return found;
}
