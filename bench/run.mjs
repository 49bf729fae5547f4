// `npm run bench`: builds the playbook with N generated guides for each N and reports
// build time and memory, page weights, search cost and Lighthouse scores.
// See bench/README.md for the options and what each figure means.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/static-server.mjs';
import { buildSite } from './build-site.mjs';
import { generateContent } from './generate-content.mjs';
import { stopChildren } from './measure-process.mjs';
import { copyProject } from './project-copy.mjs';
import { readOptions, USAGE } from './options.mjs';
import { weighPages } from './page-weights.mjs';
import { markdownReport } from './report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const began = performance.now();
const clock = () => {
  const s = Math.round((performance.now() - began) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const progress = (line) => console.log(`[bench ${clock()}] ${line}`);

/** A step that names itself in the error when it fails. */
class StepError extends Error {}
async function step(label, fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StepError) throw e;
    throw new StepError(`${label} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A free loopback port, so the build's canonical URLs can name the origin it is served from. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

let options;
try {
  options = readOptions(process.argv.slice(2));
} catch (e) {
  console.error(`bench: ${e.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'playbook-bench-'));
const cleanUp = () => {
  if (options.keep) console.log(`bench: kept the temporary folders in ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nbench: stopped by ${signal}`);
    stopChildren();
    cleanUp();
    process.exit(130);
  });
}

const outFile = resolve(root, options.out);
const results = {
  startedAt: new Date().toISOString(),
  options: { sizes: options.sizes, quick: options.quick, seed: options.seed, withRealGuides: options.withRealGuides, search: options.search, lighthouse: options.lighthouse },
  machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version },
  runs: [],
};
const saveResults = () => {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
};

async function benchSize(project, count) {
  const contentDir = join(work, `content-${count}`);
  const outDir = join(work, `dist-${count}`);
  const label = `N=${count}`;
  progress(`${label}: generating ${count} guides in ${contentDir}`);
  const content = await step(`${label}: generating the guides`, () => generateContent({ realContent: join(root, 'content'), dir: contentDir, count, seed: options.seed, withRealGuides: options.withRealGuides }));
  progress(`${label}: ${content.guides.length} guides, ${content.words.mean} words on average (${content.words.min}–${content.words.max})`);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  progress(`${label}: astro build --force, then Pagefind`);
  const build = await step(`${label}: building the site`, () => buildSite({ root: project, contentDir, outDir, site: origin }));
  progress(
    `${label}: astro build ${(build.astro.ms / 1000).toFixed(1)} s for ${build.pages} pages (${build.msPerPage.toFixed(1)} ms/page, peak ${build.astro.peakRssMiB} MiB); ` +
      `Pagefind ${(build.pagefind.ms / 1000).toFixed(1)} s (peak ${build.pagefind.peakRssMiB} MiB)`,
  );

  const weights = await step(`${label}: weighing pages`, () => weighPages(outDir));
  const guide = weights.pages[0];
  progress(`${label}: weighed ${weights.pages.length} pages; typical guide HTML ${(guide.html / 1024).toFixed(1)} KiB gzip${weights.missing.length ? `; not built: ${weights.missing.join(', ')}` : ''}`);

  const run = { guides: count, content: { words: content.words }, build, weights, search: null, lighthouse: null };
  if (!options.search && !options.lighthouse) return run;
  const server = await startServer({ root: outDir, base: '/', port });
  try {
    if (options.search) {
      progress(`${label}: measuring search in Chromium`);
      const { measureSearch } = await import('./search.mjs');
      run.search = await step(`${label}: measuring search`, () => measureSearch(`${origin}/`));
      const { first, second } = run.search;
      progress(`${label}: search “${first.query}” ${first.msToResults} ms, ${(first.bytes / 1024).toFixed(1)} KiB; “${second.query}” ${second.msToResults} ms, ${(second.bytes / 1024).toFixed(1)} KiB`);
    }
    if (options.lighthouse) {
      const wanted = options.quick ? [guide] : [weights.pages.find((p) => p.name === 'home'), guide, ...weights.pages.filter((p) => p.path.startsWith('/tools/') || p.path === '/my-data/')];
      const pages = wanted.filter(Boolean).map((p) => ({ name: p.name, url: `${origin}${p.path}` }));
      progress(`${label}: Lighthouse on ${pages.map((p) => p.name).join(', ')}`);
      const { runLighthouse } = await import('./lighthouse.mjs');
      run.lighthouse = await step(`${label}: Lighthouse`, () => runLighthouse(pages, (line) => progress(`${label}: ${line}`)));
    }
  } finally {
    await server.close();
  }
  if (!options.keep) {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  return run;
}

let failed = false;
try {
  progress(`sizes ${options.sizes.join(', ')}${options.quick ? ' (quick)' : ''}; ${cpus().length} CPUs, load ${results.machine.loadAverageAtStart.join(' ')}`);
  const project = await step('copying the project', () => copyProject(root, join(work, 'project')));
  progress(`building from a snapshot of the project in ${project}`);
  for (const count of options.sizes) {
    results.runs.push(await benchSize(project, count));
    saveResults();
  }
  results.totalSeconds = Math.round((performance.now() - began) / 1000);
  saveResults();
  console.log(`\n${markdownReport(results)}\n`);
  progress(`done in ${results.totalSeconds} s; results in ${outFile}`);
} catch (e) {
  failed = true;
  results.error = e instanceof Error ? e.message : String(e);
  try {
    saveResults();
  } catch {
    // the error below is what matters; a results file that could not be written adds nothing
  }
  console.error(`\nbench: ${e instanceof StepError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  console.error(`bench: stopped after ${results.runs.length} of ${options.sizes.length} sizes; ${outFile} holds the finished ones and the error.`);
} finally {
  cleanUp();
}
process.exit(failed ? 1 : 0);
