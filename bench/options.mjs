// Command-line options of `npm run bench`.
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run bench -- [options]

  --sizes 100,500,1000  numbers of generated guides, one full build each (default 100,500,1000)
  --quick               N=100 and Lighthouse on one page (the guide): under 2 minutes
  --out <file>          where the JSON results go (default bench/results/latest.json)
  --seed <n>            seed of the guide generator (default 1)
  --with-real-guides    keep the shipped guides beside the N generated ones
  --rounds <n>          interleaved builds of the playbook and the bare site per N (default 3, --quick 1)
  --no-bare             skip the bare Astro + MDX + Pagefind comparison site (bench/bare/)
  --project <dir>       benchmark another checkout of the playbook (e.g. the code before a change)
  --no-search           skip the search measurements in Chromium
  --no-lighthouse       skip Lighthouse
  --keep                keep the temporary content and build folders (their paths are printed)
  --help                this text`;

/** @returns {{ sizes: number[], quick: boolean, out: string, seed: number, rounds: number, bare: boolean, project: string | undefined, withRealGuides: boolean, search: boolean, lighthouse: boolean, keep: boolean, help: boolean }} */
export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results/latest.json' },
      seed: { type: 'string', default: '1' },
      rounds: { type: 'string' },
      'no-bare': { type: 'boolean', default: false },
      project: { type: 'string' },
      'with-real-guides': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const sizesText = values.sizes ?? (values.quick ? '100' : '100,500,1000');
  const sizes = sizesText.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  const bad = sizes.filter((n) => !Number.isInteger(n) || n < 10 || n > 20000);
  if (bad.length || sizes.length === 0) throw new Error(`--sizes must be whole numbers from 10 to 20000, separated by commas (got "${sizesText}")`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number (got "${values.seed}")`);
  const rounds = Number(values.rounds ?? (values.quick ? 1 : 3));
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 9) throw new Error(`--rounds must be a whole number from 1 to 9 (got "${values.rounds}")`);
  return {
    sizes,
    rounds,
    bare: !values['no-bare'],
    project: values.project,
    quick: values.quick,
    out: values.out,
    seed,
    withRealGuides: values['with-real-guides'],
    search: !values['no-search'],
    lighthouse: !values['no-lighthouse'],
    keep: values.keep,
    help: values.help,
  };
}
