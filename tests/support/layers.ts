/**
 * The layer rule of DESIGN.md, as a checker the unit tests run over the source tree:
 *   src/content/  build time only (zod, node:fs, astro:content);
 *   src/lib/      browser-safe and pure: no preact, no build-time code;
 *   src/tools/    the islands: may use src/lib, never src/content (types excepted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export interface SourceFile {
  /** Path from the project root, with forward slashes: "src/lib/dates.ts". */
  path: string;
  text: string;
}

export interface ImportRef {
  spec: string;
  typeOnly: boolean;
  line: number;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[\w*$\s{},]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(text: string): ImportRef[] {
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const out: ImportRef[] = [];
  for (const m of text.matchAll(IMPORT)) out.push({ spec: m[3]!, typeOnly: Boolean(m[2]), line: lineAt(m.index!) });
  for (const m of text.matchAll(DYNAMIC)) out.push({ spec: m[1]!, typeOnly: false, line: lineAt(m.index!) });
  return out;
}

/** The project path a relative import points at, without extension; bare specifiers stay as they are. */
function resolveSpec(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return normalize(join(dirname(from), spec)).replace(/\\/g, '/').replace(/\.(ts|tsx|js|mjs)$/, '');
}

const BUILD_TIME_PACKAGES = /^(astro:|node:|astro\/zod$|astro\/loaders$|zod$|fs$|path$)/;
const PREACT = /^(preact|@preact\/|@astrojs\/preact)/;

/** Every import that breaks the rule, as "file:line: imports x (why)". */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const inLib = file.path.startsWith('src/lib/');
    const inTools = file.path.startsWith('src/tools/');
    if (!inLib && !inTools) continue;
    for (const ref of importsOf(file.text)) {
      const target = resolveSpec(file.path, ref.spec);
      const where = `${file.path}:${ref.line}: imports "${ref.spec}"`;
      if (target.startsWith('src/content/') && !ref.typeOnly) problems.push(`${where} (src/content is build-time only; import its types with "import type")`);
      if (BUILD_TIME_PACKAGES.test(target) && !ref.typeOnly) problems.push(`${where} (build-time code has no place in the browser)`);
      if (inLib && PREACT.test(target)) problems.push(`${where} (src/lib is pure: Preact belongs in src/tools)`);
      if (inLib && target.startsWith('src/tools/') && !ref.typeOnly) problems.push(`${where} (src/lib must not depend on a tool)`);
    }
  }
  return problems;
}

/** Every .ts and .tsx file under `dir` (a project path), read from disk. */
export function readSources(root: string, dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(entry.name)) out.push({ path: relative(root, path).replace(/\\/g, '/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(root, dir));
  return out;
}
