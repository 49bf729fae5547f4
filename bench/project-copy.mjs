// A snapshot of the project to build from, in the benchmark's temporary folder.
// Astro keeps its content store in <root>/.astro/ and Vite its caches in
// <root>/node_modules/.vite/; building in the project itself would share both with
// the test suite's builds running at the same time. The copy has its own .astro/ and
// a node_modules/ of symlinks to the project's packages (so no install is needed).
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', '.git', '.astro', '.cache', 'dist', 'bench', 'tests', 'content']);

/** Copies the project at `root` into `dir` and returns `dir`. */
export function copyProject(root, dir) {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry) || entry.startsWith('dist') || entry.endsWith('.log')) continue;
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    // Caches (.vite, .astro) stay private to the copy; .bin is not needed.
    if (entry.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  return dir;
}
